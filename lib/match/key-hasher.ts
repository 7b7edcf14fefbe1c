const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashText(hash: number, text: string): number {
  let next = hash;
  for (let i = 0; i < text.length; i++) {
    next = Math.imul(next ^ text.charCodeAt(i), FNV_PRIME);
  }
  return next;
}

/**
 * Collects the hashes of one record's blocking keys without building key strings. A key is a
 * prefix and one or two parts, and keys with an empty part are skipped. Hashes are 32-bit
 * FNV-1a cut to 30 bits, so V8 keeps them as small integers. A collision only adds an extra
 * candidate, which is then scored like any other.
 */
export class BlockingKeyHasher {
  private buffer = new Int32Array(32);
  private count = 0;

  add(prefix: string, first: string, second?: string): void {
    if (first === '' || second === '') {
      return;
    }

    let hash = hashText(FNV_OFFSET, prefix);
    hash = hashText(Math.imul(hash ^ 0x3a, FNV_PRIME), first);
    if (second !== undefined) {
      hash = hashText(Math.imul(hash ^ 0x7c, FNV_PRIME), second);
    }
    this.push(hash & 0x3fffffff);
  }

  /** Returns the collected hashes, each once. */
  hashes(): Int32Array {
    return this.buffer.slice(0, this.count);
  }

  private push(hash: number): void {
    for (let i = 0; i < this.count; i++) {
      if (this.buffer[i] === hash) {
        return;
      }
    }
    if (this.count === this.buffer.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.count++] = hash;
  }
}
