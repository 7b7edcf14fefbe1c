import type { Reply } from './http';

interface StoredReply {
  fingerprint: string;
  reply: Reply;
  expiresAt: number;
}

/** Time a stored reply stays valid, in milliseconds (24 hours). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * First successful replies by idempotency key. Only 2xx replies are stored, so a write that
 * failed can be retried with the same key.
 */
export class IdempotencyStore {
  private readonly replies = new Map<string, StoredReply>();

  /**
   * Returns the stored reply for `key`, 'mismatch' when the key was first used for a
   * different request, or undefined when the key is new or expired.
   */
  lookup(key: string, fingerprint: string, now = Date.now()): Reply | 'mismatch' | undefined {
    const stored = this.replies.get(key);
    if (!stored) return undefined;
    if (stored.expiresAt <= now) {
      this.replies.delete(key);
      return undefined;
    }
    return stored.fingerprint === fingerprint ? stored.reply : 'mismatch';
  }

  remember(key: string, fingerprint: string, reply: Reply, now = Date.now()): void {
    if (reply.status < 200 || reply.status > 299) return;
    this.replies.set(key, { fingerprint, reply, expiresAt: now + IDEMPOTENCY_TTL_MS });
  }

  clear(): void {
    this.replies.clear();
  }
}
