import { describe, expect, test } from 'vitest';
import { badgeFor } from '../../../lib/outbox/badge';
import { RateLimiter } from '../../../lib/outbox/rate-limit';

describe('RateLimiter', () => {
  test('allows a burst at once', async () => {
    const limiter = new RateLimiter(10, 5);
    const start = performance.now();
    for (let i = 0; i < 5; i++) await limiter.acquire();
    expect(performance.now() - start).toBeLessThan(20);
  });

  test('spaces requests past the burst', async () => {
    const limiter = new RateLimiter(20, 1);
    const start = performance.now();
    for (let i = 0; i < 5; i++) await limiter.acquire();
    // Four waits of 50 ms each at 20 requests per second.
    expect(performance.now() - start).toBeGreaterThanOrEqual(190);
  });
});

describe('badgeFor', () => {
  const empty = { queued: 0, in_flight: 0, done: 4, conflict: 0, needs_review: 0, discarded: 1 };

  test('hidden when nothing is open', () => {
    expect(badgeFor(empty).text).toBe('');
  });

  test('counts pending items', () => {
    expect(badgeFor({ ...empty, queued: 2, in_flight: 1 }).text).toBe('3');
  });

  test('failures win over pending', () => {
    const badge = badgeFor({ ...empty, queued: 2, conflict: 1, needs_review: 1 });
    expect(badge.text).toBe('2!');
    expect(badge.title).toBe('Lockstep: 2 pending, 2 need review');
  });
});
