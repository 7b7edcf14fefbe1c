import { useState } from 'preact/hooks';
import { removeSystem } from '@/lib/config/edit';
import { AddSystemForm } from './AddSystemForm';
import { SystemCard } from './SystemCard';
import { SystemEditor } from './SystemEditor';
import type { WorkspaceEditor } from './useWorkspace';

/** Renders the systems list: a summary card per system, one editor open at a time, and the add form. */
export function SystemsTab({ editor }: { editor: WorkspaceEditor }) {
  const [open, setOpen] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [access, setAccess] = useState('');

  return (
    <section aria-labelledby="systems-heading">
      <h2 id="systems-heading">Systems</h2>
      <p role="status" class="muted" data-testid="access-status">
        {access}
      </p>
      {editor.draft.systems.map((system) =>
        open === system.id ? (
          <SystemEditor
            key={system.id}
            editor={editor}
            systemId={system.id}
            onClose={() => setOpen(undefined)}
          />
        ) : (
          <SystemCard
            key={system.id}
            system={system}
            onEdit={() => setOpen(system.id)}
            onRemove={() => editor.edit((draft) => removeSystem(draft, system.id))}
          />
        ),
      )}
      {adding ? (
        <AddSystemForm
          editor={editor}
          onDone={(added) => {
            setAdding(false);
            if (!added) return;
            setOpen(added.id);
            setAccess(added.access);
          }}
        />
      ) : (
        <button
          type="button"
          class="primary"
          data-testid="add-system"
          onClick={() => setAdding(true)}
        >
          Add system
        </button>
      )}
    </section>
  );
}
