import type { Candidate, IndexedRecord, MatchFields } from './types';
import type { CountryCode, DateOrder } from '../normalize/index';
import type { PreparedRecord } from './prepare';
import type { Thresholds } from './score';
import { blockingHashes } from './blocking-keys';
import { CandidateCollector } from './candidate-collector';
import { ValueFrequencies } from './frequencies';
import { InvertedIndex } from './inverted-index';
import { prepareRecord } from './prepare';
import { describeComparisons } from './reasons';
import { DEFAULT_THRESHOLDS, decide, evaluatePair } from './score';

/**
 * Records scored per query by default. A true match shares more blocking keys with its query
 * than most other records, so it ranks within this many; fewer keeps queries fast.
 */
const DEFAULT_MAX_CANDIDATES = 100;

export interface CandidateIndexOptions {
  /** Phone region of a system's records when a number has no country code. */
  defaultRegion?: (system: string) => CountryCode | undefined;
  /** Numeric date order of a system; defaults to `mdy` for region US and `dmy` otherwise. */
  dateOrder?: (system: string) => DateOrder | undefined;
  thresholds?: Thresholds;
  /** Records scored per query at most, taken by the number of shared blocking keys. */
  maxCandidates?: number;
  /**
   * Postings read per blocking key and query at most, newest first. Unlimited by default. A
   * limit bounds the cost of a key that very many records share, such as one company name, but
   * a record older than the newest `maxPostingsPerKey` of a key then gets no hit from that key.
   */
  maxPostingsPerKey?: number;
}

export interface QueryOptions {
  /** Only return records of these systems. */
  systems?: string[];
  /** Skip this record, typically the one being queried. */
  excludeKey?: string;
  /** Candidates returned at most; 10 by default. */
  limit?: number;
  /** System of the query record, which picks its phone region and date order. */
  system?: string;
}

export interface StoredRecord {
  key: string;
  system: string;
  prepared: PreparedRecord;
  hashes: Int32Array;
}

/**
 * Cache of records with a blocking index: a query scores only records that share a blocking
 * key with it, never the whole cache, and returns candidates sorted by score, best first.
 */
export class CandidateIndex {
  private readonly slots: (StoredRecord | undefined)[] = [];
  private readonly slotByKey = new Map<string, number>();
  private readonly inverted = new InvertedIndex();
  private readonly collector = new CandidateCollector();
  private readonly frequencies = new ValueFrequencies();
  private readonly options: CandidateIndexOptions;

  constructor(options: CandidateIndexOptions = {}) {
    this.options = options;
  }

  get size(): number {
    return this.slotByKey.size;
  }

  /** Adds a record, replacing any record with the same key. */
  add(record: IndexedRecord): void {
    this.remove(record.key);

    const prepared = prepareRecord(record.fields, this.prepareOptions(record.system));
    const hashes = blockingHashes(prepared);
    const slot = this.slots.length;
    this.slots.push({ key: record.key, system: record.system, prepared, hashes });
    this.slotByKey.set(record.key, slot);
    this.frequencies.add(prepared);

    for (const hash of hashes) {
      this.inverted.add(hash, slot);
    }
  }

  /** Removes the record with this key; an unknown key is ignored. */
  remove(key: string): void {
    const slot = this.slotByKey.get(key);
    const stored = slot === undefined ? undefined : this.slots[slot];
    if (slot === undefined || stored === undefined) {
      return;
    }

    for (const hash of stored.hashes) {
      this.inverted.remove(hash, slot);
    }
    this.slots[slot] = undefined;
    this.slotByKey.delete(key);
    this.frequencies.remove(stored.prepared);
  }

  /** Returns the best-scoring candidates for `fields`, highest score first. */
  query(fields: MatchFields, options: QueryOptions = {}): Candidate[] {
    const prepared = prepareRecord(fields, this.prepareOptions(options.system));
    const scored = this.collectSlots(prepared, this.slotFilter(options)).map((slot) => {
      const stored = this.slots[slot] as StoredRecord;
      return { stored, ...evaluatePair(prepared, stored.prepared, this.frequencies.shareOf) };
    });
    scored.sort((left, right) => right.score - left.score);

    const thresholds = this.options.thresholds ?? DEFAULT_THRESHOLDS;
    return scored.slice(0, options.limit ?? 10).map(({ stored, score, comparisons }) => ({
      key: stored.key,
      system: stored.system,
      score,
      decision: decide(score, comparisons, thresholds),
      reasons: describeComparisons(comparisons, prepared, stored.prepared),
    }));
  }

  /**
   * Returns the slots of accepted records that share blocking keys with `prepared`, at most
   * `maxCandidates`, preferring those that share the most keys.
   */
  candidateSlots(prepared: PreparedRecord, accept: (stored: StoredRecord) => boolean): number[] {
    return this.collectSlots(prepared, (slot) => {
      const stored = this.slots[slot];
      return stored !== undefined && accept(stored);
    });
  }

  /**
   * Builds the slot test for a query. A query tests each posting it reads, so the
   * test compares the excluded key as a slot number and reads a stored record only for a
   * `systems` filter, which saves a memory load per posting.
   */
  private slotFilter(options: QueryOptions): (slot: number) => boolean {
    const excluded = options.excludeKey === undefined ? -1 : this.slotByKey.get(options.excludeKey);
    if (options.systems === undefined) {
      return (slot) => slot !== excluded;
    }
    const systems = new Set(options.systems);
    return (slot) => slot !== excluded && systems.has(this.slots[slot]?.system ?? '');
  }

  /** Counts shared blocking keys per accepted slot and returns the slots with the most. */
  private collectSlots(prepared: PreparedRecord, accept: (slot: number) => boolean): number[] {
    const hashes = blockingHashes(prepared);
    this.collector.reset(this.slots.length);

    const postingLimit = this.options.maxPostingsPerKey ?? Infinity;
    const visit = (slot: number) => {
      if (accept(slot)) {
        this.collector.hit(slot);
      }
    };
    for (const hash of hashes) {
      this.inverted.forEach(hash, visit, postingLimit);
    }
    return this.collector.top(this.options.maxCandidates ?? DEFAULT_MAX_CANDIDATES);
  }

  private prepareOptions(system: string | undefined) {
    if (system === undefined) {
      return {};
    }
    return {
      region: this.options.defaultRegion?.(system),
      dateOrder: this.options.dateOrder?.(system),
    };
  }
}
