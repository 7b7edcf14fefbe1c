import { useState } from 'preact/hooks';
import { SCHEMA_VERSION } from '@/lib/config/schema';
import { sendRequest } from '@/lib/messaging/client';
import { IssueList } from './IssueList';
import type { WorkspaceEditor } from './useWorkspace';

/**
 * Exports the workspace as JSON, without tokens, and imports one. An import is migrated and
 * validated by the background and replaces the workspace only when it is valid.
 */
export function ImportExport({ editor, readOnly }: { editor: WorkspaceEditor; readOnly: boolean }) {
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string>();
  const outcome = editor.outcome?.action === 'import' ? editor.outcome : undefined;

  const download = async () => {
    const { fileName, json } = await sendRequest({ type: 'export-workspace' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const importText = async () => {
    setParseError(undefined);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      setParseError(
        `The text is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    await editor.importWorkspace(value);
  };

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Import and export</h2>
      <p>
        Files carry <code>schemaVersion</code> {SCHEMA_VERSION}. Older versions are migrated on
        import; API tokens are never exported.
      </p>
      <button type="button" data-testid="export" onClick={() => void download()}>
        Export workspace as JSON
      </button>
      <fieldset class="plain" disabled={readOnly}>
        <div class="field">
          <label for="import-file">Workspace file</label>
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(event) => void event.currentTarget.files?.[0]?.text().then(setText)}
          />
        </div>
        <div class="field">
          <label for="import-text">Or paste the JSON</label>
          <textarea
            id="import-text"
            rows={8}
            value={text}
            data-testid="import-text"
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </div>
        <button
          type="button"
          class="primary"
          data-testid="import"
          disabled={!text.trim() || editor.busy}
          onClick={() => void importText()}
        >
          Import and replace the workspace
        </button>
      </fieldset>
      {parseError ? (
        <p class="error" role="alert" data-testid="import-parse-error">
          {parseError}
        </p>
      ) : null}
      {outcome?.kind === 'rejected' ? (
        <IssueList
          title="Not imported. The workspace in force is unchanged."
          issues={outcome.issues}
          testId="import-issues"
        />
      ) : null}
      {outcome?.kind === 'saved' ? (
        <p role="status" data-testid="import-done">
          Imported. {outcome.notices.join(' ')}
        </p>
      ) : null}
    </section>
  );
}
