import { drainOutbox, type RunnerDeps } from '../../lib/outbox/runner';
import { nextDueTime } from '../../lib/outbox/store';
import type { OutboxItem } from '../../lib/outbox/types';
import { resolveItem } from '../../lib/service/review';
import type { ServiceContext } from '../../lib/service/context';

export interface DriveCounts {
  conflicts: number;
  needsReview: number;
}

/**
 * Runner settings for the bench: more lanes and no client-side rate limit, so a thousand edits
 * finish in about a minute. The real extension keeps each vendor's published limit.
 */
export async function benchRunnerDeps(context: ServiceContext): Promise<RunnerDeps> {
  const workspace = await context.workspace();
  const connectors = new Map(
    await Promise.all(
      workspace.systems.map(async (s) => [s.id, await context.connectorFor(s.id)] as const),
    ),
  );
  return {
    db: context.db,
    connectorFor: (system) => {
      const connector = connectors.get(system);
      if (!connector) throw new Error(`no connector for ${system}`);
      return connector;
    },
    statusLabel: (_system, value) => value,
    updateRecord: async () => undefined,
    maxConcurrent: () => 4,
    throttle: async () => undefined,
    now: Date.now,
    random: Math.random,
    maxAttempts: 6,
    baseDelayMs: 50,
  };
}

/**
 * Runs the outbox until every listed item is done, acting as the user would: a conflict is
 * applied anyway and an item that needs review is retried. Returns what needed a person.
 */
export async function driveUntilDone(
  context: ServiceContext,
  deps: RunnerDeps,
  itemIds: string[],
  deadline: number,
): Promise<DriveCounts> {
  const counts: DriveCounts = { conflicts: 0, needsReview: 0 };
  for (;;) {
    await drainOutbox(deps);
    for (const item of await context.db.getAllFromIndex('items', 'byState', 'conflict')) {
      counts.conflicts += 1;
      await resolveItem(context, item.id, 'apply');
    }
    for (const item of await context.db.getAllFromIndex('items', 'byState', 'needs_review')) {
      counts.needsReview += 1;
      await resolveItem(context, item.id, 'retry');
    }

    const items = await Promise.all(itemIds.map((id) => context.db.get('items', id)));
    if (items.every((item) => item?.state === 'done')) return counts;
    if (Date.now() > deadline)
      throw new Error(`bench timed out with items still open: ${summarise(items)}`);
    const next = (await nextDueTime(context.db)) ?? Date.now() + 20;
    if (process.env.BENCH_DEBUG) console.error('wait', next - Date.now(), summarise(items));
    await new Promise((resolve) => setTimeout(resolve, Math.max(5, next - Date.now())));
  }
}

function summarise(items: (OutboxItem | undefined)[]): string {
  const open = items.filter((item) => item?.state !== 'done');
  return open
    .slice(0, 5)
    .map((item) => `${item?.id}: ${item?.state} ${item?.message}`)
    .join('; ');
}
