/** Base delay of the first retry, in ms; doubles each attempt. */
export const BASE_DELAY_MS = 1_000;
/** Maximum wait between two attempts, in ms, unless the app requests a longer one. */
export const MAX_DELAY_MS = 60_000;

/**
 * Delay before the next attempt, in ms: exponential with jitter between half and the full
 * step, and never shorter than the delay the app asked for (Retry-After or a throttle body).
 */
export function retryDelay(
  attempt: number,
  random: () => number,
  retryAfterMs?: number,
  baseDelayMs = BASE_DELAY_MS,
): number {
  const step = Math.min(MAX_DELAY_MS, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = step / 2 + random() * (step / 2);
  if (retryAfterMs === undefined) return Math.round(jittered);
  return Math.round(retryAfterMs + random() * Math.min(step, 1_000) * 0.25);
}
