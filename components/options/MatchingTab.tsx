import { FieldMappingsEditor } from './FieldMappingsEditor';
import { SourceOfTruthEditor } from './SourceOfTruthEditor';
import { TextField } from './fields';
import type { WorkspaceEditor } from './useWorkspace';

/** Cross-reference field mappings, the source of truth per field and the match thresholds. */
export function MatchingTab({ editor }: { editor: WorkspaceEditor }) {
  const { matchThresholds } = editor.draft;
  const setThreshold = (key: 'match' | 'possible', value: string) =>
    editor.edit((current) => ({
      ...current,
      matchThresholds: { ...current.matchThresholds, [key]: Number(value) },
    }));

  return (
    <section aria-labelledby="matching-heading">
      <h2 id="matching-heading">Matching and fields</h2>
      <FieldMappingsEditor editor={editor} />
      <SourceOfTruthEditor editor={editor} />
      <fieldset class="group">
        <legend>Match thresholds</legend>
        <p class="muted">
          Scores from 0 to 1. A customer pair at or above the match score, with an exact email,
          phone or id, is linked; at or above the suggestion score it is offered to a person.
        </p>
        <div class="row">
          <TextField
            label="Match score"
            type="number"
            min={0}
            max={1}
            step={0.01}
            value={String(matchThresholds.match)}
            testId="threshold-match"
            onChange={(value) => setThreshold('match', value)}
          />
          <TextField
            label="Suggestion score"
            type="number"
            min={0}
            max={1}
            step={0.01}
            value={String(matchThresholds.possible)}
            testId="threshold-possible"
            onChange={(value) => setThreshold('possible', value)}
          />
        </div>
      </fieldset>
    </section>
  );
}
