/** An in-memory `storage` area that counts writes, for tests of the background's storage code. */
export class MemoryArea {
  readonly data: Record<string, unknown> = {};
  writes = 0;

  constructor(initial: Record<string, unknown> = {}) {
    Object.assign(this.data, structuredClone(initial));
  }

  async get(key: string): Promise<Record<string, unknown>> {
    return key in this.data ? { [key]: structuredClone(this.data[key]) } : {};
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.writes += 1;
    Object.assign(this.data, structuredClone(items));
  }
}
