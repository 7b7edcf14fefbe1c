import type { ServiceContext } from '../../lib/service/context';
import type { AppStats } from './setup';

export interface StateCheck {
  writes: number;
  /** Records whose final value is not the last edit's target. */
  lost: number;
  /** Committed writes beyond one per edit that changed the record. */
  duplicated: number;
}

/** Reads every edited record back from its app and compares it with the edits made. */
export async function verifyState(
  context: ServiceContext,
  expectedFinal: Map<string, string>,
  initial: Map<string, string>,
  edits: { key: string; target: string }[],
  stats: Record<string, AppStats>,
): Promise<StateCheck> {
  const needed = neededWrites(initial, edits);
  const check: StateCheck = { writes: 0, lost: 0, duplicated: 0 };

  for (const [key, expected] of expectedFinal) {
    const [system, type, id] = key.split(':') as [string, string, string];
    const state = await (await context.connectorFor(system)).read(type, id);
    if (state.status !== expected) check.lost += 1;

    const committed = stats[system]?.writes[id] ?? 0;
    check.writes += committed;
    check.duplicated += Math.max(0, committed - (needed.get(key) ?? 0));
  }
  return check;
}

/** Writes each record needs: one per edit whose target differs from the value before it. */
function neededWrites(
  initial: Map<string, string>,
  edits: { key: string; target: string }[],
): Map<string, number> {
  const value = new Map(initial);
  const needed = new Map<string, number>();
  for (const edit of edits) {
    if (value.get(edit.key) !== edit.target) needed.set(edit.key, (needed.get(edit.key) ?? 0) + 1);
    value.set(edit.key, edit.target);
  }
  return needed;
}

/** API requests the apps saw since `since`, and how many failed (error status, no reply, a fault). */
export function countFailures(
  stats: Record<string, AppStats>,
  since: number,
): { requests: number; failed: number } {
  const entries = Object.values(stats)
    .flatMap((app) => app.log)
    .filter((entry) => Date.parse(entry.at) >= since);
  const failed = entries.filter(
    (entry) => entry.status === 0 || entry.status >= 400 || entry.fault !== undefined,
  ).length;
  return { requests: entries.length, failed };
}

export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
