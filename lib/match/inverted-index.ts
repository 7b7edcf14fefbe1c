const EMPTY = -1;

/**
 * Posting lists from hashed blocking keys to record slots, kept in typed arrays: an
 * open-addressing table (linear probing) of key hashes, each pointing to a linked list of
 * postings. Unlike a Map of arrays, it allocates no object per key.
 */
export class InvertedIndex {
  private bucketKeys = new Int32Array(1024).fill(EMPTY);
  private bucketHeads = new Int32Array(1024).fill(EMPTY);
  private usedBuckets = 0;
  private postingSlots = new Int32Array(1024);
  private postingNext = new Int32Array(1024);
  private postingCount = 0;
  private freePosting = EMPTY;

  add(hash: number, slot: number): void {
    if ((this.usedBuckets + 1) * 2 > this.bucketKeys.length) {
      this.growBuckets();
    }

    const bucket = this.findBucket(hash);
    if (this.bucketKeys[bucket] === EMPTY) {
      this.bucketKeys[bucket] = hash;
      this.usedBuckets++;
    }

    const posting = this.allocatePosting();
    this.postingSlots[posting] = slot;
    this.postingNext[posting] = this.bucketHeads[bucket] ?? EMPTY;
    this.bucketHeads[bucket] = posting;
  }

  /** Unlinks one posting; the bucket keeps its key so later probes still pass it. */
  remove(hash: number, slot: number): void {
    const bucket = this.findBucket(hash);
    let previous = EMPTY;
    let posting = this.bucketKeys[bucket] === EMPTY ? EMPTY : (this.bucketHeads[bucket] ?? EMPTY);

    while (posting !== EMPTY && this.postingSlots[posting] !== slot) {
      previous = posting;
      posting = this.postingNext[posting] ?? EMPTY;
    }
    if (posting === EMPTY) {
      return;
    }

    const next = this.postingNext[posting] ?? EMPTY;
    if (previous === EMPTY) {
      this.bucketHeads[bucket] = next;
    } else {
      this.postingNext[previous] = next;
    }
    this.postingNext[posting] = this.freePosting;
    this.freePosting = posting;
  }

  /** Calls `visit` for the slots under `hash`, newest first, and for at most `limit` of them. */
  forEach(hash: number, visit: (slot: number) => void, limit = Infinity): void {
    const bucket = this.findBucket(hash);
    if (this.bucketKeys[bucket] === EMPTY) {
      return;
    }

    let visited = 0;
    for (let posting = this.bucketHeads[bucket] ?? EMPTY; posting !== EMPTY && visited < limit;) {
      visit(this.postingSlots[posting] ?? EMPTY);
      posting = this.postingNext[posting] ?? EMPTY;
      visited++;
    }
  }

  /** Returns the bucket that contains `hash`, or the empty bucket where it would go. */
  private findBucket(hash: number): number {
    const mask = this.bucketKeys.length - 1;
    let bucket = hash & mask;
    while (this.bucketKeys[bucket] !== EMPTY && this.bucketKeys[bucket] !== hash) {
      bucket = (bucket + 1) & mask;
    }
    return bucket;
  }

  private allocatePosting(): number {
    if (this.freePosting !== EMPTY) {
      const posting = this.freePosting;
      this.freePosting = this.postingNext[posting] ?? EMPTY;
      return posting;
    }

    if (this.postingCount === this.postingSlots.length) {
      this.postingSlots = grow(this.postingSlots, this.postingSlots.length * 2);
      this.postingNext = grow(this.postingNext, this.postingNext.length * 2);
    }
    return this.postingCount++;
  }

  private growBuckets(): void {
    const oldKeys = this.bucketKeys;
    const oldHeads = this.bucketHeads;
    this.bucketKeys = new Int32Array(oldKeys.length * 2).fill(EMPTY);
    this.bucketHeads = new Int32Array(oldKeys.length * 2).fill(EMPTY);

    for (let i = 0; i < oldKeys.length; i++) {
      const hash = oldKeys[i] ?? EMPTY;
      if (hash !== EMPTY) {
        const bucket = this.findBucket(hash);
        this.bucketKeys[bucket] = hash;
        this.bucketHeads[bucket] = oldHeads[i] ?? EMPTY;
      }
    }
  }
}

function grow(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}
