import type { z } from 'zod';
import { checkConnectors } from './connector-checks';
import { formatPath, type ConfigIssue } from './issues';
import { migrateWorkspace } from './migrate';
import { checkReferences } from './references';
import { workspaceSchema, type Workspace } from './schema';

export { formatIssues, type ConfigIssue } from './issues';

export type WorkspaceResult =
  { ok: true; workspace: Workspace; fromVersion: number } | { ok: false; issues: ConfigIssue[] };

/**
 * Parses untrusted workspace JSON of any supported schema version: migrates it, checks it
 * against the zod schema, then checks the references between its parts. Nothing is written.
 */
export function parseWorkspace(input: unknown): WorkspaceResult {
  const migrated = migrateWorkspace(input);
  if (!migrated.ok) return migrated;

  const parsed = workspaceSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(toConfigIssue) };

  const issues = [...checkReferences(parsed.data), ...checkConnectors(parsed.data)];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, workspace: parsed.data, fromVersion: migrated.fromVersion };
}

function toConfigIssue(issue: z.core.$ZodIssue): ConfigIssue {
  return { path: formatPath(issue.path), message: issue.message };
}
