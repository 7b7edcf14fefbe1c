import 'fake-indexeddb/auto';
import { DEMO_SECRETS, DEMO_WORKSPACE } from '../../lib/config/demo-workspace';
import type { Workspace } from '../../lib/config/schema';
import { createPartyIndex } from '../../lib/resolve/party-index';
import { ServiceContext } from '../../lib/service/context';
import { openLockstepDb } from '../../lib/storage/db';
import { startDemoApps, type DemoApps } from '../../demo/index';

/** Client-side time-out for the bench, in ms, because the demo's time-out fault keeps a socket open for 30 s. */
export const BENCH_TIMEOUT_MS = 2_000;

export interface BenchSetup {
  demo: DemoApps;
  context: ServiceContext;
  workspace: Workspace;
}

/** Starts the demo apps on free ports and a background service over an in-memory IndexedDB. */
export async function setUp(): Promise<BenchSetup> {
  const demo = await startDemoApps({ ports: { crm: 0, books: 0, scheduler: 0 } });
  const workspace = withOrigins(DEMO_WORKSPACE, {
    crm: demo.crm.origin,
    books: demo.books.origin,
    scheduler: demo.scheduler.origin,
  });
  const db = await openLockstepDb(`bench-push-${Date.now()}`);
  const context = new ServiceContext({
    db,
    loadWorkspace: async () => ({ workspace, source: 'local' }),
    secrets: async (id) => DEMO_SECRETS[id],
    createIndex: createPartyIndex,
    fetchImpl: timeoutFetch,
    now: Date.now,
    random: Math.random,
    scheduleWake: () => undefined,
  });
  return { demo, context, workspace };
}

function withOrigins(workspace: Workspace, origins: Record<string, string>): Workspace {
  return {
    ...workspace,
    systems: workspace.systems.map((system) => {
      const origin = origins[system.id] ?? system.connector.baseUrl;
      return { ...system, origins: [origin], connector: { ...system.connector, baseUrl: origin } };
    }),
  };
}

const timeoutFetch: typeof fetch = (input, init) => {
  const limit = AbortSignal.timeout(BENCH_TIMEOUT_MS);
  const signal = init?.signal ? AbortSignal.any([init.signal, limit]) : limit;
  return fetch(input, { ...init, signal });
};

export async function setFaults(
  demo: DemoApps,
  faults: (app: 'crm' | 'books' | 'scheduler') => Record<string, unknown>,
): Promise<void> {
  for (const app of [demo.crm, demo.books, demo.scheduler]) {
    const response = await fetch(`${app.origin}/__faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(faults(app.name)),
    });
    if (!response.ok)
      throw new Error(`setting faults on ${app.name} failed: ${await response.text()}`);
  }
}

export async function resetDemo(demo: DemoApps): Promise<void> {
  await Promise.all(
    [demo.crm, demo.books, demo.scheduler].map((app) =>
      fetch(`${app.origin}/__reset`, { method: 'POST' }),
    ),
  );
}

export interface AppStats {
  requests: number;
  writes: Record<string, number>;
  log: { status: number; at: string; fault?: string }[];
}

export async function appStats(
  demo: DemoApps,
): Promise<Record<'crm' | 'books' | 'scheduler', AppStats>> {
  const read = async (origin: string) =>
    (await (await fetch(`${origin}/__stats`)).json()) as AppStats;
  return {
    crm: await read(demo.crm.origin),
    books: await read(demo.books.origin),
    scheduler: await read(demo.scheduler.origin),
  };
}
