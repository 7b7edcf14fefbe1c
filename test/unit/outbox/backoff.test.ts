import { describe, expect, test } from 'vitest';
import { parseRetryAfter } from '../../../lib/connectors/errors';
import { BASE_DELAY_MS, MAX_DELAY_MS, retryDelay } from '../../../lib/outbox/backoff';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-12-04T12:00:00Z');

  test('reads delay seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
  });

  test('reads HTTP date', () => {
    expect(parseRetryAfter('Fri, 04 Dec 2026 12:00:05 GMT', now)).toBe(5000);
  });

  test('past date means no wait', () => {
    expect(parseRetryAfter('Fri, 04 Dec 2026 11:00:00 GMT', now)).toBe(0);
  });

  test('garbage is ignored', () => {
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  test('first retry within base step', () => {
    expect(retryDelay(1, () => 0)).toBe(BASE_DELAY_MS / 2);
    expect(retryDelay(1, () => 1)).toBe(BASE_DELAY_MS);
  });

  test('doubles each attempt', () => {
    expect(retryDelay(4, () => 1)).toBe(BASE_DELAY_MS * 8);
  });

  test('caps at maximum', () => {
    expect(retryDelay(30, () => 1)).toBe(MAX_DELAY_MS);
  });

  test('never earlier than Retry-After', () => {
    expect(retryDelay(1, () => 0, 9000)).toBe(9000);
    expect(retryDelay(1, () => 1, 9000)).toBeGreaterThanOrEqual(9000);
  });
});
