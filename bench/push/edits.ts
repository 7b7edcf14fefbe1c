import { appValueFor, findSystem } from '../../lib/config/lookup';
import type { Workspace } from '../../lib/config/schema';
import { saveBatch } from '../../lib/outbox/store';
import type { OutboxItem } from '../../lib/outbox/types';
import { recordKey } from '../../lib/records/types';
import type { ServiceContext } from '../../lib/service/context';

/** One piece of work present in all three apps, by API id. */
export interface WorkTarget {
  crm: string;
  books: string;
  scheduler: string;
}

const TYPES = { crm: 'deal', books: 'invoice', scheduler: 'job' } as const;
export type AppName = keyof typeof TYPES;
export const APPS: AppName[] = ['crm', 'books', 'scheduler'];

/**
 * Queues one status edit as the panel would, but with the targets given instead of matched:
 * the bench measures the push path, not matching. `current` contains each record's value as the
 * user saw it and is updated to the new targets.
 */
export async function queueEdit(
  context: ServiceContext,
  workspace: Workspace,
  work: WorkTarget,
  canonical: string,
  current: Map<string, string>,
  apps: AppName[] = APPS,
): Promise<{ batchId: string; items: OutboxItem[] }> {
  const now = Date.now();
  const batchId = `bench-${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const items = apps.map((app): OutboxItem => {
    const system = findSystem(workspace, app);
    const target = system ? appValueFor(system, canonical) : undefined;
    if (!target) throw new Error(`${app} has no value for ${canonical}`);
    const key = recordKey(app, TYPES[app], work[app]);
    const expected = current.get(key) ?? '';
    current.set(key, target);
    return {
      id: `${batchId}.${key}`,
      batchId,
      recordKey: key,
      system: app,
      type: TYPES[app],
      recordId: work[app],
      title: key,
      target,
      expected,
      state: 'queued',
      attempts: 0,
      notBefore: now,
      message: '',
      writeSent: false,
      force: false,
      updatedAt: now,
    };
  });
  await saveBatch(
    context.db,
    { id: batchId, canonical, sourceKey: items[0]?.recordKey ?? '', createdAt: now },
    items,
  );
  return { batchId, items };
}
