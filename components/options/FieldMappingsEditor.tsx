import type { FieldMapping, Workspace } from '@/lib/config/schema';
import { SelectField, TextField, type Option } from './fields';
import type { WorkspaceEditor } from './useWorkspace';

/** Record types as `system:type` options, for both sides of a mapping. */
function recordTypeOptions(workspace: Workspace): Option[] {
  return workspace.systems.flatMap((system) =>
    system.recordTypes.map((type) => ({
      value: `${system.id}:${type.id}`,
      label: `${system.label} ${type.label}`,
    })),
  );
}

function split(value: string): { system: string; recordType: string } {
  const [system = '', recordType = ''] = value.split(':');
  return { system, recordType };
}

/**
 * Cross-reference ids: which API field of a record in one system holds the page id of the
 * matching record in another. The generic REST connector reads them; the HubSpot, QuickBooks
 * and demo scheduler connectors read their own cross-reference fields in code.
 */
export function FieldMappingsEditor({ editor }: { editor: WorkspaceEditor }) {
  const { draft } = editor;
  const options = recordTypeOptions(draft);
  const setMappings = (change: (mappings: FieldMapping[]) => FieldMapping[]) =>
    editor.edit((current) => ({ ...current, fieldMappings: change(current.fieldMappings) }));
  const patch = (index: number, next: FieldMapping) =>
    setMappings((all) => all.map((item, at) => (at === index ? next : item)));
  const add = () => {
    const [first, second] = options;
    if (!first || !second) return;
    setMappings((all) => [
      ...all,
      { from: { ...split(first.value), field: 'external_id' }, to: split(second.value) },
    ]);
  };

  return (
    <fieldset class="group" data-testid="field-mappings">
      <legend>Cross-reference fields</legend>
      <p class="muted">
        A mapping says: this API field of a record holds the page id of the same work in another
        system.
      </p>
      {draft.fieldMappings.map((mapping, index) => (
        <div class="row" key={index} data-testid="field-mapping">
          <SelectField
            label="Record in"
            value={`${mapping.from.system}:${mapping.from.recordType}`}
            options={options}
            testId="mapping-from"
            onChange={(value) =>
              patch(index, { ...mapping, from: { ...mapping.from, ...split(value) } })
            }
          />
          <TextField
            label="API field"
            value={mapping.from.field}
            testId="mapping-field"
            onChange={(field) => patch(index, { ...mapping, from: { ...mapping.from, field } })}
          />
          <SelectField
            label="holds the page id of"
            value={`${mapping.to.system}:${mapping.to.recordType}`}
            options={options}
            testId="mapping-to"
            onChange={(value) => patch(index, { ...mapping, to: split(value) })}
          />
          <button
            type="button"
            class="danger"
            onClick={() => setMappings((all) => all.filter((_, at) => at !== index))}
          >
            Remove mapping
          </button>
        </div>
      ))}
      <button type="button" data-testid="add-mapping" disabled={options.length < 2} onClick={add}>
        Add cross-reference field
      </button>
    </fieldset>
  );
}
