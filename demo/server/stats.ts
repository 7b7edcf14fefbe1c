/** One request in GET /__stats. Status 0 means the server sent no response. */
export interface LogEntry {
  method: string;
  /** Path with its query string. */
  path: string;
  status: number;
  /** ISO 8601 time the request arrived. */
  at: string;
  /** Injected fault that hit the request, if any. */
  fault?: string;
}

/** Oldest entries are dropped past this many, so a long soak test cannot exhaust memory. */
export const MAX_LOG_ENTRIES = 5000;

/** Request counts and committed writes since the start or the last POST /__reset. */
export class RequestStats {
  private requests = 0;
  private writes: Record<string, number> = {};
  private log: LogEntry[] = [];

  /** Counts a request and returns its log entry, which the caller completes when it responds. */
  begin(method: string, path: string): LogEntry {
    this.requests += 1;
    const entry: LogEntry = { method, path, status: 0, at: new Date().toISOString() };
    this.log.push(entry);
    if (this.log.length > MAX_LOG_ENTRIES) this.log.shift();
    return entry;
  }

  recordWrite(recordId: string): void {
    this.writes[recordId] = (this.writes[recordId] ?? 0) + 1;
  }

  snapshot(): { requests: number; writes: Record<string, number>; log: LogEntry[] } {
    return {
      requests: this.requests,
      writes: { ...this.writes },
      log: this.log.map((entry) => ({ ...entry })),
    };
  }

  reset(): void {
    this.requests = 0;
    this.writes = {};
    this.log = [];
  }
}
