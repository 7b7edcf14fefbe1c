import { findRecordType, findSystem } from '../config/lookup';
import { findByPage, putRecord, type StoredRecord } from '../records/cache';
import { resolveRecord, type Resolution } from '../resolve/resolve';
import { buildPanelView, statusView } from '../resolve/view';
import type { PanelView } from '../views';
import type { ServiceContext } from './context';
import { lastPullKey, pullRecords } from './sync';

export interface RecordRef {
  system: string;
  type: string;
  pageId: string;
}

/**
 * Minimum time between two automatic pulls of every app's lists, in ms. A page that keeps
 * naming unknown records (a pushState storm) would otherwise pull the lists again and again.
 */
const MIN_PULL_GAP_MS = 30_000;
/** Minimum time between two pulls requested with the Refresh button, in ms. */
const MIN_FORCED_PULL_GAP_MS = 5_000;
/** A status read this recently is shown again without another request, in ms. */
const LIVE_READ_REUSE_MS = 2_000;

/** Maximum wait for live statuses before the panel shows cached ones, in ms. */
const LIVE_READ_BUDGET_MS = 1_500;

/** Builds the panel for the record open on a page, pulling the cache first when needed. */
export async function panelFor(
  context: ServiceContext,
  ref: RecordRef,
  options: { forcePull?: boolean; pageStatus?: string } = {},
): Promise<PanelView> {
  const workspace = await context.workspace();
  const system = findSystem(workspace, ref.system);
  if (!system || !findRecordType(system, ref.type))
    throw new Error(`${ref.system} ${ref.type} is not configured in the workspace`);

  const notices: string[] = [];
  const record = await findOrPull(context, ref, options.forcePull ?? false, notices);
  if (!record) {
    const problems = notices.length > 0 ? notices : await pullNotices(context);
    throw new Error(
      `${system.label} ${ref.type} ${ref.pageId} was not found through the ${system.label} API; check that the record exists, then press Refresh` +
        (problems.length > 0 ? `. ${problems.join(' ')}` : ''),
    );
  }
  if (notices.length === 0) notices.push(...(await pullNotices(context)));

  const systems = workspace.systems.map((item) => item.id);
  const resolution = await resolveRecord(context.db, await context.partyIndex(), record, systems);
  const fresh = await refreshStatuses(context, record, resolution, notices);
  const view = buildPanelView(workspace, fresh.record, fresh.resolution);
  const pageEdit = await detectPageEdit(context, record, options.pageStatus);
  return { ...view, notices: [...notices, ...view.notices], pageEdit };
}

/**
 * Returns the status change shown on the page when it differs from what Lockstep last knew
 * and Lockstep did not write that value itself. A change Lockstep made is never offered as a
 * new edit, so no edit can echo back and forth between apps.
 */
async function detectPageEdit(
  context: ServiceContext,
  known: StoredRecord,
  pageStatus: string | undefined,
): Promise<PanelView['pageEdit']> {
  if (
    known.kind !== 'work' ||
    !pageStatus ||
    known.status === undefined ||
    pageStatus === known.status
  )
    return undefined;
  if (await isOwnWrite(context, known.key, pageStatus)) return undefined;

  const workspace = await context.workspace();
  return {
    from: statusView(workspace, known.system, known.status),
    to: statusView(workspace, known.system, pageStatus),
  };
}

/** True when the latest write Lockstep sent to the record set it to `value`. */
async function isOwnWrite(
  context: ServiceContext,
  recordKey: string,
  value: string,
): Promise<boolean> {
  const items = await context.db.getAllFromIndex('items', 'byRecord', recordKey);
  const written = items.filter((item) => item.writeSent).sort((a, b) => b.updatedAt - a.updatedAt);
  return written[0]?.target === value;
}

async function findOrPull(
  context: ServiceContext,
  ref: RecordRef,
  forcePull: boolean,
  notices: string[],
): Promise<StoredRecord | undefined> {
  const cached = forcePull
    ? undefined
    : await findByPage(context.db, ref.system, ref.type, ref.pageId);
  if (cached) return cached;

  const last = (await context.db.get('meta', lastPullKey(ref.system)))?.value;
  const gap = forcePull ? MIN_FORCED_PULL_GAP_MS : MIN_PULL_GAP_MS;
  if (typeof last === 'number' && context.deps.now() - last < gap) return undefined;

  const result = await pullRecords(context.db, await context.workspace(), (id) =>
    context.connectorFor(id),
  );
  context.invalidateIndex();
  await context.db.put('meta', { key: 'pullErrors', value: result.errors });
  notices.push(...result.errors);
  return findByPage(context.db, ref.system, ref.type, ref.pageId);
}

/** Problems from the last pull, shown on every panel until a pull succeeds. */
async function pullNotices(context: ServiceContext): Promise<string[]> {
  const stored = (await context.db.get('meta', 'pullErrors'))?.value;
  return Array.isArray(stored)
    ? stored.filter((item): item is string => typeof item === 'string')
    : [];
}

/** Re-reads the open record and every matched work record so the statuses shown are live. */
async function refreshStatuses(
  context: ServiceContext,
  record: StoredRecord,
  resolution: Resolution,
  notices: string[],
): Promise<{ record: StoredRecord; resolution: Resolution }> {
  const targets = [record, ...resolution.matches.map((found) => found.record)].filter(
    (item) => item.kind === 'work',
  );
  const reads = targets.map((target) => readLive(context, target));
  const timeout = new Promise<'timeout'>((resolve) =>
    setTimeout(() => resolve('timeout'), LIVE_READ_BUDGET_MS),
  );
  const outcome = await Promise.race([Promise.allSettled(reads), timeout]);
  if (outcome === 'timeout') {
    notices.push('Some apps were slow to answer; statuses shown may be out of date.');
    return { record, resolution };
  }

  const fresh = new Map<string, StoredRecord>();
  outcome.forEach((result, index) => {
    if (result.status === 'fulfilled') fresh.set(result.value.key, result.value);
    else
      notices.push(
        `Could not read ${targets[index]?.title ?? 'a record'}: ${String(result.reason instanceof Error ? result.reason.message : result.reason)}`,
      );
  });
  const swap = (item: StoredRecord) => fresh.get(item.key) ?? item;
  return {
    record: swap(record),
    resolution: {
      ...resolution,
      matches: resolution.matches.map((found) => ({ ...found, record: swap(found.record) })),
    },
  };
}

async function readLive(context: ServiceContext, record: StoredRecord): Promise<StoredRecord> {
  const readAt = context.liveReads.get(record.key) ?? 0;
  if (context.deps.now() - readAt < LIVE_READ_REUSE_MS) return record;
  context.liveReads.set(record.key, context.deps.now());
  const connector = await context.connectorFor(record.system);
  const state = await connector.read(record.type, record.id);
  await putRecord(context.db, state.record);
  return { ...state.record, xrefTargets: record.xrefTargets };
}
