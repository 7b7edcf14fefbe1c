import Fuse from 'fuse.js';
import type { Expression, IFuseOptions } from 'fuse.js';
import type { IndexedRecord, MatchFields } from './types';

type FieldName = keyof MatchFields;

const FIELDS: readonly FieldName[] = [
  'name',
  'given_name',
  'surname',
  'company',
  'email',
  'phone',
  'address',
  'postcode',
  'city',
  'date_of_birth',
  'id',
];

/** A top hit and its fuse.js score converted so that higher is better (1 - fuse score). */
export interface BaselineHit {
  key: string;
  system: string;
  score: number;
}

/**
 * The plain fuzzy-search baseline: fuse.js 7 over every record and every field, with no
 * blocking and no normalisation, queried with an OR of the query's fields. It scans the whole
 * cache on each query, which is what the candidate index avoids.
 */
export class FuseBaseline {
  private readonly fuse: Fuse<IndexedRecord>;

  constructor(records: IndexedRecord[]) {
    const options: IFuseOptions<IndexedRecord> = {
      keys: FIELDS.map((field) => ({ name: field, getFn: (record) => record.fields[field] ?? '' })),
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.6,
    };
    this.fuse = new Fuse(records, options);
  }

  /** Returns the best hit for the query fields, or undefined when nothing is close enough. */
  topHit(fields: MatchFields, systems?: string[]): BaselineHit | undefined {
    const terms: Expression[] = FIELDS.filter((field) => fields[field]).map((field) => ({
      [field]: fields[field] ?? '',
    }));
    if (terms.length === 0) {
      return undefined;
    }

    const results = this.fuse.search({ $or: terms });
    const best = results.find((result) => !systems || systems.includes(result.item.system));
    if (!best) {
      return undefined;
    }
    return { key: best.item.key, system: best.item.system, score: 1 - (best.score ?? 1) };
  }
}
