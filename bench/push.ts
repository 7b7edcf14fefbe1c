/**
 * Push benchmark: drives status edits through the outbox runner against the demo apps over
 * HTTP with a fault mix, checks every app's final state, and measures fan-out. Prints a table,
 * then one JSON line. Run with `npm run bench:push [-- --edits N]`.
 */
import { groundTruth } from '../demo/index';
import { recordKey } from '../lib/records/types';
import { APPS, queueEdit, type WorkTarget } from './push/edits';
import { benchRunnerDeps, driveUntilDone } from './push/drive';
import { measureFanout } from './push/fanout';
import { appStats, setFaults, setUp } from './push/setup';
import { countFailures, percentile, verifyState } from './push/verify';

const EDITS = Number(process.argv[process.argv.indexOf('--edits') + 1]) || 1000;
/** Edits in flight at once; each wave touches distinct pieces of work. */
const WAVE = 60;
const CANONICAL = [
  'scheduled',
  'in_progress',
  'completed',
  'invoiced',
  'paid',
  'on_hold',
  'cancelled',
];
const TYPES = { crm: 'deal', books: 'invoice', scheduler: 'job' } as const;

/** About a quarter of requests fail, in every way the demo apps can fail. */
const FAULTS = (app: string) => ({
  rate429: 0.1,
  retryAfter: { seconds: 1 },
  rate5xx: 0.1,
  rateTimeout: 0.01,
  rateDropAfterCommit: 0.06,
  ...(app === 'crm' ? {} : { rateStale: 0.04 }),
});

async function main(): Promise<void> {
  const { demo, context, workspace } = await setUp();
  try {
    const work = groundTruth().work.filter((w): w is typeof w & WorkTarget =>
      Boolean(w.crm && w.books && w.scheduler),
    );
    const deps = await benchRunnerDeps(context);
    const current = await initialStatuses(context, work);
    const initial = new Map(current);
    await setFaults(demo, FAULTS);

    const started = Date.now();
    const latencies: number[] = [];
    const totals = { conflicts: 0, needsReview: 0 };
    const edits: { key: string; target: string }[] = [];
    for (let done = 0; done < EDITS; done += WAVE) {
      const wave = shuffle(work).slice(0, Math.min(WAVE, EDITS - done));
      const batches = await Promise.all(
        wave.map((target) => queueEdit(context, workspace, target, pick(CANONICAL), current)),
      );
      batches.forEach((batch) =>
        batch.items.forEach((item) => edits.push({ key: item.recordKey, target: item.target })),
      );
      const counts = await driveUntilDone(
        context,
        deps,
        batches.flatMap((b) => b.items.map((i) => i.id)),
        Date.now() + 120_000,
      );
      totals.conflicts += counts.conflicts;
      totals.needsReview += counts.needsReview;
      for (const batch of batches) latencies.push(await batchLatency(context, batch.batchId));
    }
    const elapsed = Date.now() - started;

    const stats = await appStats(demo);
    await setFaults(demo, () => ({}));
    const state = await verifyState(context, current, initial, edits, stats);
    const failures = countFailures(stats, started);
    const fanout = await measureFanout(demo, context, workspace, deps, work);

    const result = {
      edits: EDITS,
      writes: state.writes,
      lost: state.lost,
      duplicated: state.duplicated,
      conflicts: totals.conflicts,
      needs_review: totals.needsReview,
      p50_ms: percentile(latencies, 0.5),
      p95_ms: percentile(latencies, 0.95),
      requests: failures.requests,
      failed_requests: failures.failed,
      failed_fraction: round(failures.failed / failures.requests),
      fanout_ms: fanout.fanoutMs,
      slowest_single_ms: fanout.slowestSingleMs,
      fanout_ratio: round(fanout.fanoutMs / fanout.slowestSingleMs),
      elapsed_ms: elapsed,
    };
    printTable(result);
    console.log(JSON.stringify(result));
  } finally {
    await demo.close();
  }
}

async function initialStatuses(
  context: Awaited<ReturnType<typeof setUp>>['context'],
  work: WorkTarget[],
): Promise<Map<string, string>> {
  const current = new Map<string, string>();
  for (const app of APPS) {
    const connector = await context.connectorFor(app);
    for (const target of work) {
      const state = await connector.read(TYPES[app], target[app]);
      current.set(recordKey(app, TYPES[app], target[app]), state.status);
    }
  }
  return current;
}

async function batchLatency(
  context: Awaited<ReturnType<typeof setUp>>['context'],
  batchId: string,
): Promise<number> {
  const batch = await context.db.get('batches', batchId);
  const items = await context.db.getAllFromIndex('items', 'byBatch', batchId);
  return Math.max(...items.map((item) => item.updatedAt)) - (batch?.createdAt ?? 0);
}

function printTable(result: Record<string, number>): void {
  console.log('Push benchmark (demo apps on 127.0.0.1, in-memory IndexedDB, 4 lanes per app)');
  for (const [name, value] of Object.entries(result)) console.log(`  ${name.padEnd(20)} ${value}`);
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;
const shuffle = <T>(items: T[]): T[] => [...items].sort(() => Math.random() - 0.5);
const round = (value: number) => Math.round(value * 1000) / 1000;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
