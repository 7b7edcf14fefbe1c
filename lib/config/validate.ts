import type { z } from 'zod';
import { workspaceSchema, type Workspace } from './schema';

/** One problem in a workspace, with the JSON path to the offending value. */
export interface ConfigIssue {
  path: string;
  message: string;
}

export type WorkspaceResult =
  { ok: true; workspace: Workspace } | { ok: false; issues: ConfigIssue[] };

/** Parses untrusted workspace JSON and checks the references between its parts. */
export function parseWorkspace(input: unknown): WorkspaceResult {
  const parsed = workspaceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(toConfigIssue) };

  const issues = checkReferences(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, workspace: parsed.data };
}

export function formatIssues(issues: ConfigIssue[]): string {
  return issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('\n');
}

function toConfigIssue(issue: z.core.$ZodIssue): ConfigIssue {
  return { path: formatPath(issue.path), message: issue.message };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

function checkReferences(workspace: Workspace): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const canonicalIds = new Set(workspace.canonicalStatuses.map((status) => status.id));

  issues.push(
    ...findDuplicates(
      workspace.canonicalStatuses.map((s) => s.id),
      'canonicalStatuses',
    ),
  );
  issues.push(
    ...findDuplicates(
      workspace.systems.map((s) => s.id),
      'systems',
    ),
  );

  workspace.systems.forEach((system, systemIndex) => {
    const base = `systems[${systemIndex}]`;
    issues.push(
      ...findDuplicates(
        system.recordTypes.map((t) => t.id),
        `${base}.recordTypes`,
      ),
    );
    issues.push(
      ...findDuplicates(
        system.statuses.map((s) => s.value),
        `${base}.statuses`,
        'value',
      ),
    );

    const writeTargets = new Map<string, string>();
    system.statuses.forEach((status, statusIndex) => {
      status.canonical.forEach((canonical, canonicalIndex) => {
        const path = `${base}.statuses[${statusIndex}].canonical[${canonicalIndex}]`;
        if (!canonicalIds.has(canonical)) {
          issues.push({
            path,
            message: `unknown canonical status "${canonical}"; add it to canonicalStatuses or use one of: ${[...canonicalIds].join(', ')}`,
          });
        }
        const previous = writeTargets.get(canonical);
        if (previous !== undefined) {
          issues.push({
            path,
            message: `canonical status "${canonical}" is already mapped to "${previous}"; each canonical status may map to one value per system, so remove one of them`,
          });
        }
        writeTargets.set(canonical, status.value);
      });
    });
  });
  return issues;
}

function findDuplicates(ids: string[], path: string, field = 'id'): ConfigIssue[] {
  const seen = new Set<string>();
  const issues: ConfigIssue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      issues.push({
        path: `${path}[${index}].${field}`,
        message: `duplicate ${field} "${id}"; each ${field} must be unique`,
      });
    }
    seen.add(id);
  });
  return issues;
}
