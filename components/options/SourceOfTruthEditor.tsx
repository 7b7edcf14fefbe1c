import { pageFieldSchema, type PageField } from '@/lib/config/schema';
import { SelectField } from './fields';
import type { WorkspaceEditor } from './useWorkspace';

/** Fields where one system's value should win when the systems disagree. */
const FIELDS: PageField[] = pageFieldSchema.options.filter((field) => field !== 'party');

/**
 * Renders the system whose value wins for each field. It is stored in the workspace for the panel and
 * the push engine.
 */
export function SourceOfTruthEditor({ editor }: { editor: WorkspaceEditor }) {
  const { draft } = editor;
  const options = [
    { value: '', label: 'No single source' },
    ...draft.systems.map((system) => ({ value: system.id, label: system.label })),
  ];
  const set = (field: PageField, system: string) =>
    editor.edit((current) => {
      const sourceOfTruth = { ...current.sourceOfTruth };
      if (system) sourceOfTruth[field] = system;
      else delete sourceOfTruth[field];
      return { ...current, sourceOfTruth };
    });

  return (
    <fieldset class="group" data-testid="source-of-truth">
      <legend>Source of truth per field</legend>
      <div class="grid">
        {FIELDS.map((field) => (
          <SelectField
            key={field}
            label={field}
            value={draft.sourceOfTruth[field] ?? ''}
            options={options}
            testId={`truth-${field}`}
            onChange={(system) => set(field, system)}
          />
        ))}
      </div>
    </fieldset>
  );
}
