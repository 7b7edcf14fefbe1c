import { ConnectorError } from '../connectors/errors';
import type { Connector } from '../connectors/types';
import type { CachedRecord } from '../records/types';
import type { LockstepDb } from '../storage/db';
import { retryDelay } from './backoff';
import { dueItems, saveItem } from './store';
import type { OutboxItem } from './types';

export interface RunnerDeps {
  db: LockstepDb;
  connectorFor(system: string): Connector;
  /** App label of a status value, for the plain-words outcome. */
  statusLabel(system: string, value: string): string;
  /** Stores the record as the app returned it after a read or write. */
  updateRecord(record: CachedRecord): Promise<void>;
  maxConcurrent(system: string): number;
  now(): number;
  random(): number;
  /** Attempts before an item needs review. */
  maxAttempts: number;
}

/** Processes every due item, honouring each system's concurrency limit. */
export async function drainOutbox(deps: RunnerDeps): Promise<void> {
  for (;;) {
    const due = await dueItems(deps.db, deps.now());
    if (due.length === 0) return;

    const systems = [...new Set(due.map((item) => item.system))];
    await Promise.all(
      systems.map((system) => {
        const items = due.filter((item) => item.system === system);
        return runLimited(items, deps.maxConcurrent(system), (item) => processItem(item, deps));
      }),
    );
  }
}

async function runLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await work(item);
  });
  await Promise.all(workers);
}

/**
 * Moves one item forward: read the remote record, then finish without a write when it is
 * already at the target, stop as a conflict when it changed since the user saw it, or write.
 */
export async function processItem(queued: OutboxItem, deps: RunnerDeps): Promise<void> {
  let item: OutboxItem = { ...queued, state: 'in_flight', attempts: queued.attempts + 1, updatedAt: deps.now() };
  await saveItem(deps.db, item);

  try {
    const connector = deps.connectorFor(item.system);
    const current = await connector.read(item.type, item.recordId);
    await deps.updateRecord(current.record);
    const label = deps.statusLabel(item.system, item.target);

    if (current.status === item.target) {
      const message = item.writeSent ? `Set to ${label}` : `Already ${label}; nothing to write`;
      return await finish(item, 'done', message, deps);
    }
    if (current.status !== item.expected && !item.force) {
      const seen = deps.statusLabel(item.system, item.expected);
      const now = deps.statusLabel(item.system, current.status);
      const message = `Changed in the app since you looked: was ${seen}, now ${now}. Apply anyway or skip.`;
      return await finish({ ...item, remoteValue: current.status }, 'conflict', message, deps);
    }

    item = { ...item, writeSent: true };
    await saveItem(deps.db, item);
    const after = await connector.writeStatus(item.type, item.recordId, item.target, { current, idempotencyKey: item.id });
    await deps.updateRecord(after.record);
    await finish(item, 'done', `Set to ${label}`, deps);
  } catch (error) {
    await handleFailure(item, error, deps);
  }
}

async function handleFailure(item: OutboxItem, error: unknown, deps: RunnerDeps): Promise<void> {
  const failure = error instanceof ConnectorError ? error : new ConnectorError('permanent', `unexpected error: ${String(error)}`);

  if (failure.kind === 'permanent') return finish(item, 'needs_review', plainError(failure), deps);
  if (item.attempts >= deps.maxAttempts) {
    return finish(item, 'needs_review', `Gave up after ${item.attempts} attempts: ${plainError(failure)}`, deps);
  }

  // A conflict on write means the record moved between our read and our write: re-read now.
  const delay = failure.kind === 'conflict' ? 0 : retryDelay(item.attempts, deps.random, failure.retryAfterMs);
  const now = deps.now();
  await saveItem(deps.db, { ...item, state: 'queued', notBefore: now + delay, message: `Retrying: ${plainError(failure)}`, updatedAt: now });
}

async function finish(item: OutboxItem, state: OutboxItem['state'], message: string, deps: RunnerDeps): Promise<void> {
  await saveItem(deps.db, { ...item, state, message, updatedAt: deps.now() });
}

function plainError(error: ConnectorError): string {
  return error.message.charAt(0).toUpperCase() + error.message.slice(1);
}
