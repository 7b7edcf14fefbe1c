import { IssueList } from './IssueList';
import type { WorkspaceEditor } from './useWorkspace';

/** Save and discard buttons with the outcome of the last save and the draft's problems. */
export function SaveBar({ editor }: { editor: WorkspaceEditor }) {
  const { dirty, busy, issues } = editor;
  const outcome = editor.outcome?.action === 'save' ? editor.outcome : undefined;
  return (
    <section class="save-bar" aria-label="Save changes">
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={!dirty || busy}
          data-testid="save"
          onClick={() => void editor.save()}
        >
          {busy ? 'Saving…' : 'Save changes'}
        </button>
        <button
          type="button"
          disabled={!dirty || busy}
          data-testid="discard"
          onClick={editor.discard}
        >
          Discard changes
        </button>
        <span class="muted" role="status" data-testid="save-state">
          {dirty ? 'Unsaved changes' : 'All changes saved'}
        </span>
      </div>
      {outcome?.kind === 'saved' ? (
        <ul class="notices" data-testid="save-notices">
          <li>Saved.</li>
          {outcome.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      {outcome?.kind === 'rejected' ? (
        <IssueList
          title="Not saved. The workspace in force is unchanged."
          issues={outcome.issues}
          testId="save-issues"
        />
      ) : null}
      {dirty ? (
        <IssueList title="Fix these before saving:" issues={issues} testId="draft-issues" />
      ) : null}
    </section>
  );
}
