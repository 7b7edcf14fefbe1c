import type { ConfigIssue } from '@/lib/config/validate';

/** Validation problems, each with the JSON path of the value and how to fix it. */
export function IssueList(props: { title: string; issues: ConfigIssue[]; testId: string }) {
  if (props.issues.length === 0) return null;
  return (
    <div class="issues" role="alert" data-testid={props.testId}>
      <strong>{props.title}</strong>
      <ul>
        {props.issues.map((issue, index) => (
          <li key={`${issue.path}-${index}`} data-testid="issue" data-path={issue.path}>
            <code>{issue.path || '(whole workspace)'}</code> {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
