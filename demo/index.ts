import { createBooksApp } from './books/app';
import { createCrmApp } from './crm/app';
import { createSchedulerApp } from './scheduler/app';
import { DEFAULT_SEED, seedData } from './seed/index';
import { deriveSeed } from './seed/prng';
import { createAppServer, type AppServer } from './server/app-server';
import { close, HOST, listen } from './server/listen';
import type { DemoApp } from './server/types';

export type DemoAppName = 'crm' | 'books' | 'scheduler';

export interface DemoServer {
  name: DemoAppName;
  /** For example 'http://127.0.0.1:4101'. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

export interface DemoApps {
  crm: DemoServer;
  books: DemoServer;
  scheduler: DemoServer;
  /** Closes all three servers. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Port per app. 0 picks a free port. Defaults are in DEFAULT_PORTS. */
  ports?: Partial<Record<DemoAppName, number>>;
  /** Seed of the generated data and of the fault PRNG. Defaults to 42. */
  seed?: number;
}

export const DEFAULT_PORTS: Readonly<Record<DemoAppName, number>> = {
  crm: 4101,
  books: 4102,
  scheduler: 4103,
};

/**
 * Starts the three demo apps on 127.0.0.1. When one port is taken, stops the servers already
 * started and rejects with an error naming the port.
 */
export async function startDemoApps(options: StartOptions = {}): Promise<DemoApps> {
  const seed = options.seed ?? DEFAULT_SEED;
  const data = seedData(seed);
  const apps: Record<DemoAppName, DemoApp> = {
    crm: createCrmApp(data.crm),
    books: createBooksApp(data.books),
    scheduler: createSchedulerApp(data.scheduler),
  };
  const started: DemoServer[] = [];
  try {
    for (const name of ['crm', 'books', 'scheduler'] as const) {
      const target = createAppServer(apps[name], deriveSeed(seed, `faults-${name}`));
      started.push(await startServer(name, target, options.ports?.[name] ?? DEFAULT_PORTS[name]));
    }
  } catch (error) {
    await Promise.all(started.map((server) => server.close()));
    throw error;
  }
  const [crm, books, scheduler] = started as [DemoServer, DemoServer, DemoServer];
  return {
    crm,
    books,
    scheduler,
    close: async () => {
      await Promise.all(started.map((server) => server.close()));
    },
  };
}

async function startServer(
  name: DemoAppName,
  target: AppServer,
  port: number,
): Promise<DemoServer> {
  const boundPort = await listen(target, port);
  return {
    name,
    origin: `http://${HOST}:${boundPort}`,
    port: boundPort,
    close: () => close(target),
  };
}

export { CRM_TOKEN } from './crm/app';
export { BOOKS_TOKEN } from './books/app';
export { SCHEDULER_TOKEN } from './scheduler/app';
export { REALM_ID } from './books/api';
export { DEMO_EMAIL, DEMO_PASSWORD } from './server/sessions';
export { DEFAULT_SEED, groundTruth, seedData, type GroundTruth, type SeedData } from './seed/index';
export type { FaultConfig, OnceFault, FaultKind } from './server/fault-config';
export { EXTRA_PORT, EXTRA_TOKEN, startExtraApp, type ExtraApp } from './extra/server';
