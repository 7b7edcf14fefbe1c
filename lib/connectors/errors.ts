/**
 * Why a call to an app failed, in the terms the outbox runner acts on:
 * - `retryable`: try again later (rate limit, 5xx, time-out, dropped connection);
 * - `conflict`: the record changed since it was read (stale SyncToken, 412);
 * - `permanent`: retrying cannot help (bad auth, not found, invalid value).
 */
export type ConnectorErrorKind = 'retryable' | 'conflict' | 'permanent';

export class ConnectorError extends Error {
  constructor(
    readonly kind: ConnectorErrorKind,
    message: string,
    /** Delay the app asked for, in ms, from Retry-After or a vendor throttle signal. */
    readonly retryAfterMs?: number,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'ConnectorError';
  }
}

/**
 * Parses a Retry-After header: delay-seconds or an HTTP date. Returns ms from `now`, or
 * undefined when the header is missing or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;

  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;

  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
