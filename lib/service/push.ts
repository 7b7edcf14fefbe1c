import { appValueFor, findSystem } from '../config/lookup';
import type { Workspace } from '../config/schema';
import { batchItems, saveBatch } from '../outbox/store';
import type { OutboxItem } from '../outbox/types';
import { findByPage, type StoredRecord } from '../records/cache';
import { isTrusted } from '../resolve/found';
import { resolveRecord } from '../resolve/resolve';
import type { BatchItemView, BatchView, PushResponse } from '../views';
import type { ServiceContext } from './context';
import type { RecordRef } from './panel';

export interface PushRequest {
  record: RecordRef;
  canonical: string;
  seen: Record<string, string>;
  confirmed: boolean;
  dryRun: boolean;
}

const TERMINAL = new Set<OutboxItem['state']>(['done', 'conflict', 'needs_review', 'discarded']);

/**
 * Turns one status decision into an outbox batch: one item per trusted target record, written
 * to IndexedDB before any network call. Suggestions a person has not confirmed are left out.
 */
export async function createPush(
  context: ServiceContext,
  request: PushRequest,
): Promise<PushResponse> {
  const workspace = await context.workspace();
  const canonical = workspace.canonicalStatuses.find((status) => status.id === request.canonical);
  if (!canonical)
    return {
      status: 'rejected',
      message: `Unknown status "${request.canonical}"; pick one from the list.`,
    };

  const record = await findByPage(
    context.db,
    request.record.system,
    request.record.type,
    request.record.pageId,
  );
  if (!record || record.kind !== 'work')
    return {
      status: 'rejected',
      message: 'Only deals, invoices and jobs carry a status; open one of those.',
    };

  const resolution = await resolveRecord(
    context.db,
    await context.partyIndex(),
    record,
    workspace.systems.map((s) => s.id),
  );
  const targets = [
    record,
    ...resolution.matches.filter(isTrusted).map((found) => found.record),
  ].filter((item) => item.kind === 'work');
  const now = context.deps.now();
  const batchId = `b-${now.toString(36)}-${Math.floor(context.deps.random() * 1e9).toString(36)}`;
  const items = targets.map((target) => toItem(workspace, batchId, target, request, now));

  if (!request.dryRun) {
    const pending = await unfinishedEdit(
      context,
      targets.map((target) => target.key),
    );
    if (pending) {
      return {
        status: 'rejected',
        message: `An earlier edit to ${pending} is still being sent; wait for it to finish, then try again.`,
      };
    }
  }
  if (request.dryRun) {
    return {
      status: 'dry-run',
      targets: await Promise.all(items.map((item) => previewItem(context, item))),
    };
  }
  if (canonical.highImpact && !request.confirmed) {
    return {
      status: 'needs-confirmation',
      targets: await Promise.all(items.map((item) => itemView(context, item))),
    };
  }
  await saveBatch(
    context.db,
    { id: batchId, canonical: canonical.id, sourceKey: record.key, createdAt: now },
    items,
  );
  return { status: 'queued', batch: await batchView(context, batchId) };
}

function toItem(
  workspace: Workspace,
  batchId: string,
  target: StoredRecord,
  request: PushRequest,
  now: number,
): OutboxItem {
  const system = findSystem(workspace, target.system);
  const value = system ? appValueFor(system, request.canonical) : undefined;
  const base: OutboxItem = {
    id: `${batchId}.${target.key}`,
    batchId,
    recordKey: target.key,
    system: target.system,
    type: target.type,
    recordId: target.id,
    title: target.title,
    target: value ?? '',
    expected: request.seen[target.key] ?? target.status ?? '',
    state: 'queued',
    attempts: 0,
    notBefore: now,
    message: 'Waiting to send',
    writeSent: false,
    force: false,
    updatedAt: now,
  };
  if (value !== undefined) return base;
  const message = `${system?.label ?? target.system} has no value mapped to "${request.canonical}"; left unchanged. Map one in the options page.`;
  return { ...base, state: 'discarded', message };
}

export async function batchView(context: ServiceContext, batchId: string): Promise<BatchView> {
  const [batch, items] = await Promise.all([
    context.db.get('batches', batchId),
    batchItems(context.db, batchId),
  ]);
  if (!batch) throw new Error(`batch ${batchId} not found; it may have been cleared`);
  return {
    id: batchId,
    canonical: batch.canonical,
    items: await Promise.all(items.map((item) => itemView(context, item))),
    finished: items.every((item) => TERMINAL.has(item.state)),
    undoable: items.some(
      (item) => item.state === 'done' && item.writeSent && item.previous !== undefined,
    ),
    undoOf: batch.undoOf,
  };
}

export async function itemView(context: ServiceContext, item: OutboxItem): Promise<BatchItemView> {
  const system = findSystem(await context.workspace(), item.system);
  const from = item.previous ?? item.expected;
  return {
    itemId: item.id,
    key: item.recordKey,
    systemLabel: system?.label ?? item.system,
    title: item.title,
    target: item.target ? await context.statusLabel(item.system, item.target) : '',
    state: item.state,
    message: item.message,
    wrote: item.state === 'done' && item.writeSent,
    from: from ? await context.statusLabel(item.system, from) : undefined,
  };
}

async function previewItem(context: ServiceContext, item: OutboxItem): Promise<BatchItemView> {
  const view = await itemView(context, item);
  if (item.state === 'discarded') return view;
  if (item.expected === item.target)
    return { ...view, message: `Already ${view.target}; nothing would be written` };

  const connector = await context.connectorFor(item.system);
  const request = connector.describeWrite?.(item.type, item.recordId, item.target);
  return {
    ...view,
    message: `Would change ${view.from ?? 'its status'} to ${view.target}`,
    request,
  };
}

/** Returns the newest status edits first, for the review page's undo list. */
export async function recentBatches(
  context: ServiceContext,
  limit: number,
): Promise<(BatchView & { createdAt: number })[]> {
  const batches = (await context.db.getAll('batches'))
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, limit);
  return Promise.all(
    batches.map(async (batch) => ({
      ...(await batchView(context, batch.id)),
      createdAt: batch.createdAt,
    })),
  );
}

/** Title of a target that an unfinished batch is still writing, so two edits never race. */
async function unfinishedEdit(
  context: ServiceContext,
  recordKeys: string[],
): Promise<string | undefined> {
  for (const key of recordKeys) {
    const items = await context.db.getAllFromIndex('items', 'byRecord', key);
    const open = items.find((item) => item.state === 'queued' || item.state === 'in_flight');
    if (open) return open.title;
  }
  return undefined;
}
