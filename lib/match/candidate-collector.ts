/**
 * Counts blocking-key hits per record slot for one query, in typed arrays reused across
 * queries so a query allocates no map.
 */
export class CandidateCollector {
  private hits = new Uint16Array(0);
  private touched: number[] = [];
  private maxHits = 0;

  /** Clears the previous query's counts and makes room for `slotCount` slots. */
  reset(slotCount: number): void {
    for (const slot of this.touched) {
      this.hits[slot] = 0;
    }
    this.touched = [];
    this.maxHits = 0;

    if (this.hits.length < slotCount) {
      const grown = new Uint16Array(Math.max(slotCount, this.hits.length * 2, 1024));
      this.hits = grown;
    }
  }

  hit(slot: number): void {
    const count = (this.hits[slot] ?? 0) + 1;
    if (count === 1) {
      this.touched.push(slot);
    }
    this.hits[slot] = count;
    this.maxHits = Math.max(this.maxHits, count);
  }

  /** Returns up to `limit` slots with the most hits, using a bucket per hit count. */
  top(limit: number): number[] {
    if (this.touched.length <= limit) {
      return this.touched.slice();
    }

    const buckets: number[][] = Array.from({ length: this.maxHits + 1 }, () => []);
    for (const slot of this.touched) {
      buckets[this.hits[slot] ?? 0]?.push(slot);
    }

    const selected: number[] = [];
    for (let count = this.maxHits; count > 0 && selected.length < limit; count--) {
      for (const slot of buckets[count] ?? []) {
        if (selected.length === limit) {
          break;
        }
        selected.push(slot);
      }
    }
    return selected;
  }
}
