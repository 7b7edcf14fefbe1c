import type { CountryCode } from '../../lib/normalize/index';
import type { DateOrder } from '../../lib/normalize/index';
import type { Candidate } from '../../lib/match/index';
import type { PairRow } from './output';
import type { CsvRecord } from './read-records';
import { CandidateIndex, assignOneToOne } from '../../lib/match/index';
import { impliedPairs, RecordClusters } from './transitive';

/**
 * Records read per blocking key and query, per scored candidate. It bounds the work of a key
 * that thousands of records share, such as a company name, to a few times the scored pool.
 */
const POSTINGS_PER_CANDIDATE = 5;

/** Settings shared by link and dedupe. */
export interface MatchSettings {
  regionA: CountryCode | undefined;
  regionB: CountryCode | undefined;
  dateOrder: DateOrder | undefined;
  minScore: number;
  /** Candidates listed per record at most. */
  limit: number;
  /** Records scored per query: those sharing the most blocking keys with the query record. */
  candidates: number;
}

/**
 * Lists, for each record of `b`, the records of `a` scoring at least `minScore`. Rows are
 * produced one query at a time, except with `oneToOne`, which needs every row to pick the best.
 */
export function linkRecords(
  a: CsvRecord[],
  b: CsvRecord[],
  settings: MatchSettings,
  oneToOne: boolean,
): Iterable<PairRow> {
  const rows = linkPairs(a, b, settings);
  return oneToOne ? assignOneToOne([...rows]) : rows;
}

function* linkPairs(a: CsvRecord[], b: CsvRecord[], settings: MatchSettings): Generator<PairRow> {
  const index = buildIndex(a, settings);
  for (const record of b) {
    const candidates = index.query(record.fields, { system: 'b', limit: settings.limit });
    for (const candidate of candidates) {
      if (candidate.score >= settings.minScore) {
        yield toRow(candidate.key, record.key, candidate);
      }
    }
  }
}

/**
 * Lists pairs within one file scoring at least `minScore`, each pair once and in file order
 * within the pair, as each record's query finds them. Each query scores at most
 * `settings.candidates` records, so scoring time grows linearly with the record count. With
 * `transitive`, pairs joined only through a chain of pairs follow, each with its direct score.
 */
export function* dedupeRecords(
  records: CsvRecord[],
  settings: MatchSettings,
  transitive: boolean,
): Generator<PairRow> {
  const index = buildIndex(records, settings);
  const positions = new Map(records.map((record, at) => [record.key, at]));
  const listed = new PairSet(records.length);
  const clusters = transitive ? new RecordClusters(records.length) : undefined;

  for (const [at, record] of records.entries()) {
    const candidates = index.query(record.fields, {
      system: 'a',
      excludeKey: record.key,
      limit: settings.limit,
    });
    for (const candidate of candidates) {
      const other = positions.get(candidate.key) ?? at;
      if (candidate.score < settings.minScore || !listed.add(at, other)) {
        continue;
      }
      clusters?.join(at, other);
      const [first, second] =
        at < other ? [record.key, candidate.key] : [candidate.key, record.key];
      yield toRow(first, second, candidate);
    }
  }

  if (clusters) {
    const prepareOptions = { region: settings.regionA, dateOrder: settings.dateOrder };
    yield* impliedPairs(records, clusters, (x, y) => listed.has(x, y), prepareOptions);
  }
}

function toRow(a: string, b: string, candidate: Candidate): PairRow {
  const { score, decision, reasons } = candidate;
  return { a, b, score, decision, reasons };
}

function buildIndex(records: CsvRecord[], settings: MatchSettings): CandidateIndex {
  const index = new CandidateIndex({
    defaultRegion: (name) => (name === 'b' ? settings.regionB : settings.regionA),
    dateOrder: () => settings.dateOrder,
    maxCandidates: settings.candidates,
    maxPostingsPerKey: POSTINGS_PER_CANDIDATE * settings.candidates,
  });
  for (const record of records) {
    index.add({ key: record.key, system: 'a', fields: record.fields });
  }
  return index;
}

/**
 * Unordered pairs of record positions, stored as one number each (`low * size + high`) so a
 * large file costs one Set entry per listed pair rather than a string and an object.
 */
class PairSet {
  private readonly pairs = new Set<number>();

  constructor(private readonly size: number) {}

  /** Adds the pair and returns true, or returns false when it was already there. */
  add(x: number, y: number): boolean {
    const id = this.id(x, y);
    if (this.pairs.has(id)) {
      return false;
    }
    this.pairs.add(id);
    return true;
  }

  has(x: number, y: number): boolean {
    return this.pairs.has(this.id(x, y));
  }

  private id(x: number, y: number): number {
    return Math.min(x, y) * this.size + Math.max(x, y);
  }
}
