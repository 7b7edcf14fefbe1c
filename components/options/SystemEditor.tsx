import { renameRecordType, updateSystem } from '@/lib/config/edit';
import { findSystem } from '@/lib/config/lookup';
import type { RecordType, SystemConfig } from '@/lib/config/schema';
import { ConnectorForm } from './ConnectorForm';
import { optional, SelectField, TextField } from './fields';
import { RecordTypeEditor } from './RecordTypeEditor';
import { StatusValuesEditor } from './StatusValuesEditor';
import type { WorkspaceEditor } from './useWorkspace';

export type EditSystem = (change: (system: SystemConfig) => SystemConfig) => void;

const DATE_FORMATS = [
  { value: 'iso', label: 'ISO (2025-03-14)' },
  { value: 'us', label: 'US (03/14/2025)' },
  { value: 'eu', label: 'Day first (14/03/2025)' },
];

/** Renders every setting of one system: pages, connector, app status values and record types. */
export function SystemEditor(props: {
  editor: WorkspaceEditor;
  systemId: string;
  onClose(): void;
}) {
  const { editor, systemId } = props;
  const system = findSystem(editor.draft, systemId);
  if (!system) return null;
  const editSystem: EditSystem = (change) =>
    editor.edit((draft) => updateSystem(draft, systemId, change));

  const addRecordType = () => {
    const id = uniqueId(
      system.recordTypes.map((type) => type.id),
      'record',
    );
    const type: RecordType = {
      id,
      label: 'Record',
      kind: 'work',
      url: { path: `/${id}s/:id` },
      ready: 'main',
      fields: {},
    };
    editSystem((current) => ({ ...current, recordTypes: [...current.recordTypes, type] }));
  };

  return (
    <section
      class="card editor"
      aria-labelledby={`edit-${systemId}`}
      data-testid="system-editor"
      data-system={systemId}
    >
      <h3 id={`edit-${systemId}`}>
        Edit {system.label} <code>{system.id}</code>
      </h3>
      <TextField
        label="Name"
        value={system.label}
        testId="system-label"
        onChange={(label) => editSystem((s) => ({ ...s, label }))}
      />
      <TextField
        label="Page origins"
        value={system.origins.join(', ')}
        help="Comma-separated origins whose pages the content script reads, for example https://app.example.com."
        testId="system-origins"
        onChange={(value) =>
          editSystem((s) => ({
            ...s,
            origins: value
              .split(',')
              .map((item) => item.trim())
              .filter(Boolean),
          }))
        }
      />
      <TextField
        label="Default phone region"
        value={system.defaultRegion ?? ''}
        help="Two-letter country code for phone numbers written without one, for example AU."
        onChange={(value) =>
          editSystem((s) => ({ ...s, defaultRegion: optional(value)?.toUpperCase() }))
        }
      />
      <SelectField
        label="Date format on its pages"
        value={system.dateFormat}
        options={DATE_FORMATS}
        onChange={(value) =>
          editSystem((s) => ({ ...s, dateFormat: value as SystemConfig['dateFormat'] }))
        }
      />

      <ConnectorForm system={system} editSystem={editSystem} />
      <StatusValuesEditor system={system} editSystem={editSystem} />

      <h4>Record types</h4>
      {system.recordTypes.map((type, index) => (
        <RecordTypeEditor
          key={index}
          system={system}
          recordType={type}
          editSystem={editSystem}
          onRename={(to) => editor.edit((draft) => renameRecordType(draft, systemId, type.id, to))}
        />
      ))}
      <div class="row">
        <button type="button" data-testid="add-record-type" onClick={addRecordType}>
          Add record type
        </button>
        <button type="button" data-testid="close-editor" onClick={props.onClose}>
          Done editing {system.label}
        </button>
      </div>
    </section>
  );
}

export function uniqueId(taken: string[], base: string): string {
  if (!taken.includes(base)) return base;
  for (let index = 2; ; index += 1)
    if (!taken.includes(`${base}${index}`)) return `${base}${index}`;
}
