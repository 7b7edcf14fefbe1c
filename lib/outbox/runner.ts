import { ConnectorError } from '../connectors/errors';
import type { Connector, RemoteState } from '../connectors/types';
import type { CachedRecord } from '../records/types';
import type { LockstepDb } from '../storage/db';
import { BASE_DELAY_MS, retryDelay } from './backoff';
import { dueItems, saveItem } from './store';
import type { OutboxItem } from './types';

export interface RunnerDeps {
  db: LockstepDb;
  connectorFor(system: string): Connector;
  /** App label of a system, for messages; the system id when absent. */
  systemLabel?(system: string): string;
  /** App label of a status value, for the plain-words outcome. */
  statusLabel(system: string, value: string): string;
  /** Stores the record as the app returned it after a read or write. */
  updateRecord(record: CachedRecord): Promise<void>;
  maxConcurrent(system: string): number;
  /** Resolves when the system's rate limit allows one more request. */
  throttle(system: string): Promise<void>;
  /** Called once an item reaches done, conflict or needs review. */
  onSettled?(item: OutboxItem): void;
  now(): number;
  random(): number;
  /** Attempts before an item needs review. */
  maxAttempts: number;
  /** First retry delay in ms; doubles each attempt. */
  baseDelayMs?: number;
}

/**
 * Processes every due item. Each system drains on its own, so a slow app never holds back
 * the others, and each keeps to its concurrency limit.
 */
export async function drainOutbox(deps: RunnerDeps): Promise<void> {
  const due = await dueItems(deps.db, deps.now());
  const systems = [...new Set(due.map((item) => item.system))];
  await Promise.all(systems.map((system) => drainSystem(system, deps)));
}

async function drainSystem(system: string, deps: RunnerDeps): Promise<void> {
  const claimed = new Set<string>();
  let queue: OutboxItem[] = [];
  const next = async (): Promise<OutboxItem | undefined> => {
    if (queue.length === 0) {
      const due = await dueItems(deps.db, deps.now());
      queue = due.filter((candidate) => candidate.system === system && !claimed.has(candidate.id));
    }
    const item = queue.shift();
    if (item) claimed.add(item.id);
    return item;
  };

  const lanes = Array.from({ length: deps.maxConcurrent(system) }, async () => {
    for (let item = await next(); item; item = await next()) {
      await processItem(item, deps);
      claimed.delete(item.id);
    }
  });
  await Promise.all(lanes);
}

/**
 * Moves one item forward: read the remote record, then finish without a write when it is
 * already at the target, stop as a conflict when it changed since the user saw it, or write.
 */
export async function processItem(queued: OutboxItem, deps: RunnerDeps): Promise<void> {
  let item: OutboxItem = {
    ...queued,
    state: 'in_flight',
    attempts: queued.attempts + 1,
    updatedAt: deps.now(),
  };
  await saveItem(deps.db, item);

  try {
    const connector = deps.connectorFor(item.system);
    const current = await readRemote(connector, item, deps);
    if (await settleWithoutWrite(item, current, deps)) return;

    item = {
      ...item,
      writeSent: true,
      previous: item.writeSent ? item.previous : current.status,
      updatedAt: deps.now(),
    };
    await saveItem(deps.db, item);
    await deps.throttle(item.system);
    const after = await connector.writeStatus(item.type, item.recordId, item.target, {
      current,
      idempotencyKey: item.id,
    });
    await deps.updateRecord(after.record);
    if (after.status !== item.target) {
      const shown = deps.statusLabel(item.system, after.status);
      return await finish(
        item,
        'needs_review',
        `The app accepted the write but shows ${shown}; check the record there`,
        deps,
      );
    }
    await finish(item, 'done', `Set to ${deps.statusLabel(item.system, item.target)}`, deps);
  } catch (error) {
    await handleFailure(item, error, deps);
  }
}

async function readRemote(
  connector: Connector,
  item: OutboxItem,
  deps: RunnerDeps,
): Promise<RemoteState> {
  await deps.throttle(item.system);
  const current = await connector.read(item.type, item.recordId);
  await deps.updateRecord(current.record);
  return current;
}

/** Finishes the item when the remote value makes a write unnecessary or unsafe. */
async function settleWithoutWrite(
  item: OutboxItem,
  current: RemoteState,
  deps: RunnerDeps,
): Promise<boolean> {
  const label = deps.statusLabel(item.system, item.target);
  if (current.status === item.target) {
    await finish(
      item,
      'done',
      item.writeSent ? `Set to ${label}` : `Already ${label}; nothing to write`,
      deps,
    );
    return true;
  }
  if (current.status === item.expected || item.force) return false;

  await finish(
    { ...item, remoteValue: current.status },
    'conflict',
    conflictMessage(item, current.status, deps),
    deps,
  );
  return true;
}

function conflictMessage(item: OutboxItem, remote: string, deps: RunnerDeps): string {
  const seen = deps.statusLabel(item.system, item.expected);
  const now = deps.statusLabel(item.system, remote);
  const app = deps.systemLabel?.(item.system) ?? item.system;
  return `Changed in ${app} since you looked: you saw ${seen}, it is now ${now}. Apply anyway or skip.`;
}

async function handleFailure(item: OutboxItem, error: unknown, deps: RunnerDeps): Promise<void> {
  const failure =
    error instanceof ConnectorError
      ? error
      : new ConnectorError('permanent', `unexpected error: ${String(error)}`);
  if (failure.kind === 'conflict') return settleConflict(item, failure, deps);
  if (failure.kind === 'permanent') return finish(item, 'needs_review', plainError(failure), deps);
  if (item.attempts >= deps.maxAttempts) {
    return finish(
      item,
      'needs_review',
      `Gave up after ${item.attempts} attempts: ${plainError(failure)}`,
      deps,
    );
  }

  const delay = retryDelay(
    item.attempts,
    deps.random,
    failure.retryAfterMs,
    deps.baseDelayMs ?? BASE_DELAY_MS,
  );
  const now = deps.now();
  await saveItem(deps.db, {
    ...item,
    state: 'queued',
    notBefore: now + delay,
    message: `Retrying: ${plainError(failure)}`,
    updatedAt: now,
  });
}

/**
 * The app rejected the write's version token, so the record changed after our read. Read it
 * again: at the target already means done, anything else is a conflict for the user.
 */
async function settleConflict(
  item: OutboxItem,
  failure: ConnectorError,
  deps: RunnerDeps,
): Promise<void> {
  try {
    const current = await readRemote(deps.connectorFor(item.system), item, deps);
    if (current.status === item.target)
      return await finish(
        item,
        'done',
        `Set to ${deps.statusLabel(item.system, item.target)}`,
        deps,
      );
    const message = `${plainError(failure)}. Someone else edited this record while Lockstep was writing; apply anyway or skip.`;
    await finish(
      { ...item, remoteValue: current.status, writeSent: false },
      'conflict',
      message,
      deps,
    );
  } catch (error) {
    await handleFailure(
      item,
      error instanceof ConnectorError && error.kind === 'conflict'
        ? new ConnectorError('retryable', error.message)
        : error,
      deps,
    );
  }
}

async function finish(
  item: OutboxItem,
  state: OutboxItem['state'],
  message: string,
  deps: RunnerDeps,
): Promise<void> {
  const settled = { ...item, state, message, updatedAt: deps.now() };
  await saveItem(deps.db, settled);
  deps.onSettled?.(settled);
}

function plainError(error: ConnectorError): string {
  return error.message.charAt(0).toUpperCase() + error.message.slice(1);
}
