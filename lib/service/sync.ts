import type { Workspace } from '../config/schema';
import type { Connector } from '../connectors/types';
import { replaceRecords } from '../records/cache';
import type { LockstepDb } from '../storage/db';

export interface PullResult {
  counts: Record<string, number>;
  /** Plain-words failures, one per system and record type that could not be pulled. */
  errors: string[];
}

/** Pulls every record type of every system (or only `onlySystem`) into the records cache. */
export async function pullRecords(
  db: LockstepDb,
  workspace: Workspace,
  connectorFor: (system: string) => Promise<Connector>,
  onlySystem?: string,
): Promise<PullResult> {
  const result: PullResult = { counts: {}, errors: [] };
  const systems = workspace.systems.filter((system) => !onlySystem || system.id === onlySystem);

  await Promise.all(
    systems.flatMap((system) =>
      system.recordTypes.map(async (type) => {
        try {
          const records = await (await connectorFor(system.id)).listAll(type.id);
          await replaceRecords(db, system.id, type.id, records);
          result.counts[`${system.id}:${type.id}`] = records.length;
        } catch (error) {
          result.errors.push(
            `Could not load ${type.label.toLowerCase()} records from ${system.label}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }),
    ),
  );
  const now = Date.now();
  await Promise.all(
    systems.map((system) => db.put('meta', { key: lastPullKey(system.id), value: now })),
  );
  return result;
}

/** Meta key of the time (epoch ms) a system's lists were last pulled. */
export function lastPullKey(systemId: string): string {
  return `lastPull:${systemId}`;
}
