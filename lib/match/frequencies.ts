import type { PreparedRecord } from './prepare';

/** Fields whose exact agreement is weighted by how common the shared value is. */
export type FrequencyField = 'given' | 'surname' | 'postcode' | 'city';

const FIELDS: readonly FrequencyField[] = ['given', 'surname', 'postcode', 'city'];

/** Returns the share of other records that hold `value` in `field`, or 0 when unknown. */
export type ShareOf = (field: FrequencyField, value: string) => number;

/**
 * Counts field values across the cached records, for term-frequency adjusted weights: two
 * records that share a postcode half the cache lives in are weak evidence, while a rare
 * surname is strong evidence.
 */
export class ValueFrequencies {
  private readonly counts = new Map<FrequencyField, Map<string, number>>(
    FIELDS.map((field) => [field, new Map()]),
  );
  private records = 0;

  add(record: PreparedRecord): void {
    this.records++;
    for (const field of FIELDS) {
      this.bump(field, record[field], 1);
    }
  }

  remove(record: PreparedRecord): void {
    this.records--;
    for (const field of FIELDS) {
      this.bump(field, record[field], -1);
    }
  }

  /**
   * Returns the share of cached records, other than the candidate itself, that hold `value`:
   * an estimate of the chance that a random record agrees with the candidate on it.
   */
  readonly shareOf: ShareOf = (field, value) => {
    const count = this.counts.get(field)?.get(value) ?? 0;
    return this.records > 1 ? Math.max(0, count - 1) / (this.records - 1) : 0;
  };

  private bump(field: FrequencyField, value: string, delta: number): void {
    if (value === '') {
      return;
    }
    const counts = this.counts.get(field);
    const next = (counts?.get(value) ?? 0) + delta;
    if (next > 0) {
      counts?.set(value, next);
    } else {
      counts?.delete(value);
    }
  }
}
