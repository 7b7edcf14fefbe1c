import { saveBatch, saveItem } from '../outbox/store';
import type { OutboxItem } from '../outbox/types';
import type { ReviewItemView } from '../views';
import type { ServiceContext } from './context';
import { itemView } from './push';

export type ReviewAction = 'apply' | 'skip' | 'retry' | 'discard';

/** Actions each state allows: conflicts are applied or skipped, failures retried or discarded. */
const ALLOWED: Partial<Record<OutboxItem['state'], ReviewAction[]>> = {
  conflict: ['apply', 'skip', 'discard'],
  needs_review: ['retry', 'skip', 'discard'],
};

/** Items that need a person, newest first. */
export async function listReview(context: ServiceContext): Promise<ReviewItemView[]> {
  const [conflicts, failures] = await Promise.all([
    context.db.getAllFromIndex('items', 'byState', 'conflict'),
    context.db.getAllFromIndex('items', 'byState', 'needs_review'),
  ]);
  const items = [...conflicts, ...failures].sort((a, b) => b.updatedAt - a.updatedAt);
  return Promise.all(items.map((item) => reviewView(context, item)));
}

/**
 * Applies a person's decision to a conflict or failed item. "Apply" and "retry" queue it again
 * with a fresh retry budget; the runner still reads the record before it writes.
 */
export async function resolveItem(
  context: ServiceContext,
  itemId: string,
  action: ReviewAction,
): Promise<ReviewItemView> {
  const item = await context.db.get('items', itemId);
  if (!item) throw new Error(`outbox item ${itemId} not found; it may have been resolved already`);
  if (!ALLOWED[item.state]?.includes(action)) {
    throw new Error(
      `cannot ${action} an item that is ${item.state.replace('_', ' ')}; reload the list`,
    );
  }

  const now = context.deps.now();
  const updated: OutboxItem =
    action === 'apply' || action === 'retry'
      ? {
          ...item,
          state: 'queued',
          force: action === 'apply',
          attempts: 0,
          notBefore: now,
          message: 'Waiting to send',
          updatedAt: now,
        }
      : {
          ...item,
          state: 'discarded',
          message: action === 'skip' ? 'Skipped; left as it is in the app' : 'Discarded',
          updatedAt: now,
        };
  await saveItem(context.db, updated);
  return reviewView(context, updated);
}

/**
 * Creates a batch that puts every record the batch wrote back to its previous value. The new
 * items expect the value the batch wrote, so a record changed since then becomes a conflict.
 */
export async function undoBatch(context: ServiceContext, batchId: string): Promise<string> {
  const batch = await context.db.get('batches', batchId);
  if (!batch) throw new Error(`batch ${batchId} not found; it may have been cleared`);
  const written = (await context.db.getAllFromIndex('items', 'byBatch', batchId)).filter(
    (item): item is OutboxItem & { previous: string } =>
      item.state === 'done' && item.writeSent && item.previous !== undefined,
  );
  if (written.length === 0) throw new Error('nothing to undo: this edit did not change any record');

  const now = context.deps.now();
  const undoId = `${batchId}-undo-${now.toString(36)}`;
  const items = written.map((item): OutboxItem => ({
    ...item,
    id: `${undoId}.${item.recordKey}`,
    batchId: undoId,
    target: item.previous,
    expected: item.target,
    previous: undefined,
    state: 'queued',
    attempts: 0,
    notBefore: now,
    message: 'Waiting to send',
    writeSent: false,
    force: false,
    remoteValue: undefined,
    updatedAt: now,
  }));
  await saveBatch(
    context.db,
    {
      id: undoId,
      canonical: batch.canonical,
      sourceKey: batch.sourceKey,
      createdAt: now,
      undoOf: batchId,
    },
    items,
  );
  return undoId;
}

async function reviewView(context: ServiceContext, item: OutboxItem): Promise<ReviewItemView> {
  const batch = await context.db.get('batches', item.batchId);
  return {
    ...(await itemView(context, item)),
    itemId: item.id,
    batchId: item.batchId,
    canonical: batch?.canonical ?? '',
    createdAt: batch?.createdAt ?? item.updatedAt,
  };
}
