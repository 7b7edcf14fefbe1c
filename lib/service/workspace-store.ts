import { DEMO_WORKSPACE } from '../config/demo-workspace';
import type { Workspace } from '../config/schema';
import { formatIssues, parseWorkspace } from '../config/validate';
import type { WorkspaceSource } from './context';

/** Storage area as the background reads it: `browser.storage.local` or `.managed`. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}

export const WORKSPACE_KEY = 'workspace';

/**
 * Loads the workspace in force: an administrator's managed one wins, then the one saved in the
 * options page, then the demo workspace. A stored workspace that fails validation is skipped
 * and reported, so a bad value never stops the extension.
 */
export async function loadWorkspace(
  areas: { managed?: StorageArea; local: StorageArea },
  warn: (message: string) => void,
): Promise<{ workspace: Workspace; source: WorkspaceSource }> {
  const managed = await readArea(areas.managed, 'managed', warn);
  if (managed) return { workspace: managed, source: 'managed' };

  const local = await readArea(areas.local, 'local', warn);
  if (local) return { workspace: local, source: 'local' };
  return { workspace: DEMO_WORKSPACE, source: 'default' };
}

async function readArea(
  area: StorageArea | undefined,
  name: string,
  warn: (message: string) => void,
): Promise<Workspace | undefined> {
  if (!area) return undefined;
  let stored: unknown;
  try {
    stored = (await area.get(WORKSPACE_KEY))[WORKSPACE_KEY];
  } catch {
    // Managed storage throws when no policy schema or policy is installed; that means "none".
    return undefined;
  }
  if (stored === undefined) return undefined;

  const result = parseWorkspace(stored);
  if (result.ok) return result.workspace;
  warn(`ignoring the ${name} workspace because it is invalid:\n${formatIssues(result.issues)}`);
  return undefined;
}
