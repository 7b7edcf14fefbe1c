/** One problem in a workspace: the JSON path to the offending value and how to fix it. */
export interface ConfigIssue {
  path: string;
  message: string;
}

export function formatIssues(issues: ConfigIssue[]): string {
  return issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('\n');
}

/** Formats a path as `systems[0].connector.baseUrl`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}
