import { workspaceSchema, type Workspace } from './schema';
import type { WorkspaceExport } from './admin-messages';

/**
 * Serialises a workspace for download. It goes through the schema first, so only known
 * fields are written; tokens live in the background's secret store and are never among them.
 */
export function exportWorkspace(workspace: Workspace): WorkspaceExport {
  const clean = workspaceSchema.parse(workspace);
  const name = clean.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    fileName: `lockstep-${name || 'workspace'}-v${clean.schemaVersion}.json`,
    json: `${JSON.stringify(clean, null, 2)}\n`,
  };
}
