/** Returns now as ISO 8601, or 1 ms after `previous` when the clock has not moved past it. */
export function nextTimestamp(previous: string): string {
  const now = Date.now();
  const last = Date.parse(previous);
  return new Date(now > last ? now : last + 1).toISOString();
}
