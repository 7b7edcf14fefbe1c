import type { AdminResponseMap } from '../config/admin-messages';
import { exportWorkspace } from '../config/export';
import { findSystem } from '../config/lookup';
import type { Workspace } from '../config/schema';
import type { Request } from '../messages';
import type { LockstepDb } from '../storage/db';
import type { ServiceContext } from './context';
import { deleteSecret, secretStatus, writeSecret, type WritableArea } from './secret-store';
import { pullRecords } from './sync';
import { changedSystems, removedSystems, saveWorkspace } from './workspace-save';
import type { StorageArea } from './workspace-store';

/** Maximum wait for the first pull of new or changed systems before the save replies, in ms. */
const PULL_BUDGET_MS = 8_000;

/** Dependencies of the admin requests besides the service context. */
export interface AdminDeps {
  local: WritableArea;
  managed?: StorageArea;
  /** Registers the content script on the granted origins of the stored workspace. */
  syncContentScripts(): Promise<void>;
  warn(message: string): void;
}

export type AdminRequestType = keyof AdminResponseMap;
type AdminRequest = Extract<Request, { type: AdminRequestType }>;

export function isAdminRequest(request: Request): request is AdminRequest {
  return ADMIN_TYPES.has(request.type);
}

const ADMIN_TYPES = new Set<string>([
  'save-workspace',
  'export-workspace',
  'set-secret',
  'delete-secret',
  'get-secret-status',
]);

/** Runs one admin request from the options page. */
export async function handleAdminRequest(
  context: ServiceContext,
  request: AdminRequest,
  deps: AdminDeps,
): Promise<AdminResponseMap[AdminRequestType]> {
  switch (request.type) {
    case 'save-workspace':
      return save(context, request.workspace, deps);
    case 'export-workspace':
      return exportWorkspace(await context.workspace());
    case 'set-secret':
      return writeSecret(deps.local, request.secretId, request.value);
    case 'delete-secret':
      return deleteSecret(deps.local, request.secretId);
    case 'get-secret-status':
      return secretStatus(deps.local, request.secretIds);
  }
}

/**
 * Saves the workspace, then registers the content script on its granted origins and loads
 * the records of every new or changed system, so the next panel can match against them.
 */
async function save(
  context: ServiceContext,
  input: unknown,
  deps: AdminDeps,
): Promise<AdminResponseMap['save-workspace']> {
  const outcome = await saveWorkspace(deps, input, deps.warn);
  if (!outcome.saved) return outcome;

  context.reset();
  await deps.syncContentScripts();
  await forgetRecords(context.db, removedSystems(outcome.previous, outcome.workspace));
  context.invalidateIndex();
  const changed = changedSystems(outcome.previous, outcome.workspace);
  const notices = await pullChanged(context, outcome.workspace, changed);
  return { saved: true, workspace: outcome.workspace, fromVersion: outcome.fromVersion, notices };
}

async function pullChanged(
  context: ServiceContext,
  workspace: Workspace,
  systemIds: string[],
): Promise<string[]> {
  const pulls = systemIds.map(async (systemId) => {
    const result = await pullRecords(
      context.db,
      workspace,
      (id) => context.connectorFor(id),
      systemId,
    );
    context.invalidateIndex();
    const count = Object.values(result.counts).reduce((sum, value) => sum + value, 0);
    const label = findSystem(workspace, systemId)?.label ?? systemId;
    return result.errors.length > 0 ? result.errors : [`Loaded ${count} records from ${label}.`];
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), PULL_BUDGET_MS);
  });
  const outcome = await Promise.race([Promise.all(pulls), timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout')
    return ['Still loading records from the changed systems; the panel shows them once loaded.'];
  return outcome.flat();
}

/** Deletes the cached records of removed systems, so no panel offers them as matches. */
async function forgetRecords(db: LockstepDb, systemIds: string[]): Promise<void> {
  if (systemIds.length === 0) return;
  const tx = db.transaction('records', 'readwrite');
  for (const systemId of systemIds) {
    const keys = await tx.store.index('bySystem').getAllKeys(systemId);
    await Promise.all(keys.map((key) => tx.store.delete(key)));
  }
  await tx.done;
}
