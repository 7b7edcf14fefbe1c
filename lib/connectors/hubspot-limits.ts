/** Wait per HubSpot rate-limit policy, in ms: the length of the window that was exceeded. */
const POLICY_WAIT_MS: Record<string, number> = {
  SECONDLY: 1_000,
  TEN_SECONDLY_ROLLING: 10_000,
};

/**
 * Reads the delay from HubSpot's 429 body, `{ "errorType": "RATE_LIMIT", "policyName": ... }`,
 * which usually comes without a Retry-After header. A DAILY limit waits until the next
 * midnight UTC.
 * NOTE: HubSpot resets daily limits at midnight in the account's time zone, which the API
 * does not report, so the UTC midnight is an estimate.
 */
export function hubspotRetryAfterMs(body: unknown, now: number): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { errorType, policyName } = body as { errorType?: unknown; policyName?: unknown };
  if (errorType !== 'RATE_LIMIT' || typeof policyName !== 'string') return undefined;

  if (policyName === 'DAILY') {
    const midnight = new Date(now);
    midnight.setUTCHours(24, 0, 0, 0);
    return midnight.getTime() - now;
  }
  return POLICY_WAIT_MS[policyName];
}
