import { parseWorkspace, type ConfigIssue } from '../config/validate';
import type { Workspace } from '../config/schema';
import type { WritableArea } from './secret-store';
import { loadWorkspace, WORKSPACE_KEY, type StorageArea } from './workspace-store';

export type SaveOutcome =
  | { saved: true; workspace: Workspace; previous: Workspace; fromVersion: number }
  | { saved: false; issues: ConfigIssue[] };

/**
 * Validates a workspace and, only when it is valid, stores it in `storage.local` with one
 * `set` call, so the stored workspace is either the old one or the new one. A workspace set
 * by enterprise policy cannot be replaced here.
 */
export async function saveWorkspace(
  areas: { managed?: StorageArea; local: WritableArea },
  input: unknown,
  warn: (message: string) => void,
): Promise<SaveOutcome> {
  const current = await loadWorkspace(areas, warn);
  if (current.source === 'managed') {
    const message =
      'the workspace is set by enterprise policy (storage.managed) and is read-only here; ask your administrator to change the policy';
    return { saved: false, issues: [{ path: '', message }] };
  }

  const result = parseWorkspace(input);
  if (!result.ok) return { saved: false, issues: result.issues };

  await areas.local.set({ [WORKSPACE_KEY]: result.workspace });
  return {
    saved: true,
    workspace: result.workspace,
    previous: current.workspace,
    fromVersion: result.fromVersion,
  };
}

/**
 * Ids of the systems that are new in `next`, or whose settings or outgoing cross-reference
 * mappings changed, so their cached records need a fresh pull.
 */
export function changedSystems(previous: Workspace, next: Workspace): string[] {
  const fingerprint = (workspace: Workspace, system: Workspace['systems'][number]) =>
    JSON.stringify([
      system,
      workspace.fieldMappings.filter((mapping) => mapping.from.system === system.id),
    ]);
  const before = new Map(
    previous.systems.map((system) => [system.id, fingerprint(previous, system)]),
  );
  return next.systems
    .filter((system) => before.get(system.id) !== fingerprint(next, system))
    .map((system) => system.id);
}

/** Ids of the systems in `previous` that `next` no longer has. */
export function removedSystems(previous: Workspace, next: Workspace): string[] {
  const kept = new Set(next.systems.map((system) => system.id));
  return previous.systems.map((system) => system.id).filter((id) => !kept.has(id));
}
