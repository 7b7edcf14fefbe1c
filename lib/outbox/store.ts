import { DEFAULT_TIMEOUT_MS } from '../connectors/http';
import type { LockstepDb } from '../storage/db';
import type { OutboxSummary } from '../views';
import type { OutboxBatch, OutboxItem } from './types';

/** Writes a batch and all its items in one transaction, before any network call. */
export async function saveBatch(
  db: LockstepDb,
  batch: OutboxBatch,
  items: OutboxItem[],
): Promise<void> {
  const tx = db.transaction(['batches', 'items'], 'readwrite');
  await Promise.all([
    tx.objectStore('batches').put(batch),
    ...items.map((item) => tx.objectStore('items').put(item)),
    tx.done,
  ]);
}

export async function saveItem(db: LockstepDb, item: OutboxItem): Promise<void> {
  await db.put('items', item);
}

export function batchItems(db: LockstepDb, batchId: string): Promise<OutboxItem[]> {
  return db.getAllFromIndex('items', 'byBatch', batchId);
}

/** Queued items whose backoff has passed, oldest first. */
export async function dueItems(db: LockstepDb, now: number): Promise<OutboxItem[]> {
  const queued = await db.getAllFromIndex('items', 'byState', 'queued');
  return queued.filter((item) => item.notBefore <= now).sort((a, b) => a.updatedAt - b.updatedAt);
}

/** Earliest time a queued item becomes due, or undefined when nothing is queued. */
export async function nextDueTime(db: LockstepDb): Promise<number | undefined> {
  const queued = await db.getAllFromIndex('items', 'byState', 'queued');
  return queued.length === 0 ? undefined : Math.min(...queued.map((item) => item.notBefore));
}

/**
 * How long a write sent by a stopped worker may still land, in ms: the request time-out. An app
 * without idempotency keys or version tokens could apply it after a re-read, so the re-read
 * waits this long.
 * NOTE: a server that keeps processing after the client's time-out can still land later.
 */
export const IN_FLIGHT_GRACE_MS = DEFAULT_TIMEOUT_MS;

/**
 * Puts items left in flight by a stopped worker back in the queue. The runner reads the remote
 * record before every write, so a write that did land is found and not repeated.
 */
export async function requeueInFlight(db: LockstepDb, now: number): Promise<number> {
  const stranded = await db.getAllFromIndex('items', 'byState', 'in_flight');
  for (const item of stranded) {
    const notBefore = item.writeSent ? Math.max(now, item.updatedAt + IN_FLIGHT_GRACE_MS) : now;
    const message = item.writeSent
      ? 'Checking whether an interrupted write landed'
      : 'Waiting to send';
    await saveItem(db, { ...item, state: 'queued', notBefore, message, updatedAt: now });
  }
  return stranded.length;
}

export async function countByState(db: LockstepDb, state: OutboxItem['state']): Promise<number> {
  return db.countFromIndex('items', 'byState', state);
}

const STATES: OutboxItem['state'][] = [
  'queued',
  'in_flight',
  'done',
  'conflict',
  'needs_review',
  'discarded',
];

export async function outboxSummary(db: LockstepDb): Promise<OutboxSummary> {
  const counts = await Promise.all(STATES.map((state) => countByState(db, state)));
  return Object.fromEntries(
    STATES.map((state, index) => [state, counts[index] ?? 0]),
  ) as OutboxSummary;
}
