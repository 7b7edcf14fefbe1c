import { removeCanonical, renameCanonical } from '@/lib/config/edit';
import type { CanonicalStatus } from '@/lib/config/schema';
import { CheckboxField, TextField } from './fields';
import { StatusMatrix } from './StatusMatrix';
import { uniqueId } from './SystemEditor';
import type { WorkspaceEditor } from './useWorkspace';

/** Renders the canonical lifecycle, which statuses need confirmation, and the status matrix. */
export function StatusTab({ editor }: { editor: WorkspaceEditor }) {
  const { draft } = editor;
  const change = (index: number, patch: Partial<CanonicalStatus>) =>
    editor.edit((current) => ({
      ...current,
      canonicalStatuses: current.canonicalStatuses.map((status, at) =>
        at === index ? { ...status, ...patch } : status,
      ),
    }));
  const add = () =>
    editor.edit((current) => {
      const id = uniqueId(
        current.canonicalStatuses.map((status) => status.id),
        'status',
      );
      return {
        ...current,
        canonicalStatuses: [
          ...current.canonicalStatuses,
          { id, label: 'New status', highImpact: false },
        ],
      };
    });

  return (
    <section aria-labelledby="statuses-heading">
      <h2 id="statuses-heading">Status map</h2>
      <StatusMatrix workspace={draft} onChange={(next) => editor.edit(() => next)} />
      <h3>Canonical statuses</h3>
      <p class="muted">
        High-impact statuses ask for a confirmation that lists every record about to change.
      </p>
      {draft.canonicalStatuses.map((status, index) => (
        <div class="row" key={index} data-testid="canonical" data-id={status.id}>
          <TextField
            label="Id"
            value={status.id}
            testId="canonical-id"
            onChange={(id) => editor.edit((current) => renameCanonical(current, status.id, id))}
          />
          <TextField
            label="Label"
            value={status.label}
            testId="canonical-label"
            onChange={(label) => change(index, { label })}
          />
          <CheckboxField
            label="High impact"
            checked={status.highImpact}
            testId="canonical-high-impact"
            onChange={(highImpact) => change(index, { highImpact })}
          />
          <button
            type="button"
            class="danger"
            onClick={() => editor.edit((current) => removeCanonical(current, status.id))}
          >
            Remove {status.label}
          </button>
        </div>
      ))}
      <button type="button" data-testid="add-canonical" onClick={add}>
        Add canonical status
      </button>
    </section>
  );
}
