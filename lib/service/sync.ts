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
  await db.put('meta', { key: 'lastPull', value: Date.now() });
  return result;
}
