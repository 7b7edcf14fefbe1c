import type { Workspace } from '../../lib/config/schema';
import type { RunnerDeps } from '../../lib/outbox/runner';
import { recordKey } from '../../lib/records/types';
import type { ServiceContext } from '../../lib/service/context';
import type { DemoApps } from '../../demo/index';
import { driveUntilDone } from './drive';
import { APPS, queueEdit, type AppName, type WorkTarget } from './edits';
import { resetDemo, setFaults } from './setup';
import { percentile } from './verify';

/** Latency every demo app adds to each request during the fan-out measurement, in ms. */
const LATENCY_MS = 100;
const ROUNDS = 5;
const TYPES = { crm: 'deal', books: 'invoice', scheduler: 'job' } as const;

/**
 * Times one edit to one app (read plus write) for each app, and one edit to all three, with the
 * same latency on every app. Returns the medians over ROUNDS rounds.
 */
export async function measureFanout(
  demo: DemoApps,
  context: ServiceContext,
  workspace: Workspace,
  deps: RunnerDeps,
  work: WorkTarget[],
) {
  await resetDemo(demo);
  await setFaults(demo, () => ({ latencyMs: LATENCY_MS }));
  const singles: number[] = [];
  const fanouts: number[] = [];

  for (let round = 0; round < ROUNDS; round++) {
    const target = work[round];
    if (!target) throw new Error('not enough work items for the fan-out rounds');
    const canonical = round % 2 === 0 ? 'paid' : 'scheduled';
    const perApp = await Promise.all(
      APPS.map(
        async (app) =>
          [app, await timeEdit(context, workspace, deps, target, canonical, [app])] as const,
      ),
    );
    singles.push(Math.max(...perApp.map(([, ms]) => ms)));
    fanouts.push(
      await timeEdit(
        context,
        workspace,
        deps,
        target,
        canonical === 'paid' ? 'scheduled' : 'paid',
        APPS,
      ),
    );
  }
  await setFaults(demo, () => ({}));
  return { slowestSingleMs: percentile(singles, 0.5), fanoutMs: percentile(fanouts, 0.5) };
}

async function timeEdit(
  context: ServiceContext,
  workspace: Workspace,
  deps: RunnerDeps,
  target: WorkTarget,
  canonical: string,
  apps: AppName[],
): Promise<number> {
  const current = new Map<string, string>();
  for (const app of apps) {
    const state = await (await context.connectorFor(app)).read(TYPES[app], target[app]);
    current.set(recordKey(app, TYPES[app], target[app]), state.status);
  }
  const start = performance.now();
  const { items } = await queueEdit(context, workspace, target, canonical, current, apps);
  await driveUntilDone(
    context,
    deps,
    items.map((item) => item.id),
    Date.now() + 30_000,
  );
  return Math.round(performance.now() - start);
}
