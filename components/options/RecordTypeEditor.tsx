import { useState } from 'preact/hooks';
import {
  pageFieldSchema,
  type Extractor,
  type PageField,
  type RecordType,
  type SystemConfig,
} from '@/lib/config/schema';
import { ExtractorRow } from './ExtractorRow';
import { optional, SelectField, TextField } from './fields';
import { RestSettingsForm } from './RestSettingsForm';
import type { EditSystem } from './SystemEditor';
import { TabPreview } from './TabPreview';

const KINDS = [
  { value: 'work', label: 'Work record with a status (deal, invoice, job)' },
  { value: 'party', label: 'Customer' },
];

/** Renders the editor of one record type: page recognition, fields and, for generic REST, its API. */
export function RecordTypeEditor(props: {
  system: SystemConfig;
  recordType: RecordType;
  editSystem: EditSystem;
  onRename(to: string): void;
}) {
  const { system, recordType, editSystem } = props;
  const [newField, setNewField] = useState<PageField>('title');
  const set = (patch: Partial<RecordType>) =>
    editSystem((s) => ({
      ...s,
      recordTypes: s.recordTypes.map((type) =>
        type.id === recordType.id ? { ...type, ...patch } : type,
      ),
    }));
  const setUrl = (patch: Partial<RecordType['url']>) =>
    set({ url: { ...recordType.url, ...patch } });
  const setField = (field: PageField, extractor: Extractor | undefined) => {
    const fields = { ...recordType.fields };
    if (extractor) fields[field] = extractor;
    else delete fields[field];
    set({ fields });
  };
  const unused = pageFieldSchema.options.filter((field) => !(field in recordType.fields));

  return (
    <fieldset class="group" data-testid="record-type" data-type={recordType.id}>
      <legend>
        {recordType.label} <code>{recordType.id}</code>
      </legend>
      <TextField
        label="Record type id"
        value={recordType.id}
        testId="type-id"
        onChange={props.onRename}
      />
      <TextField
        label="Label"
        value={recordType.label}
        testId="type-label"
        onChange={(label) => set({ label })}
      />
      <SelectField
        label="Kind"
        value={recordType.kind}
        options={KINDS}
        testId="type-kind"
        onChange={(kind) => set({ kind: kind as RecordType['kind'] })}
      />
      <h5>Record page URL</h5>
      <TextField
        label="Path pattern"
        value={recordType.url.path ?? ''}
        placeholder="/deals/:id"
        help="`:id` marks the record id in the path."
        testId="url-path"
        onChange={(path) => setUrl({ path: optional(path) })}
      />
      <TextField
        label="Hash pattern"
        value={recordType.url.hash ?? ''}
        placeholder="#/jobs/:id"
        testId="url-hash"
        onChange={(hash) => setUrl({ hash: optional(hash) })}
      />
      <TextField
        label="Id query parameter"
        value={recordType.url.idParam ?? ''}
        placeholder="txnId"
        testId="url-id-param"
        onChange={(idParam) => setUrl({ idParam: optional(idParam) })}
      />
      <TextField
        label="Ready selector"
        value={recordType.ready}
        help="CSS selector of an element that exists once the page shows the record."
        testId="ready"
        onChange={(ready) => set({ ready })}
      />

      <h5>Fields read from the page</h5>
      {Object.entries(recordType.fields).map(([field, extractor]) => (
        <ExtractorRow
          key={field}
          field={field as PageField}
          extractor={extractor}
          onChange={(next) => setField(field as PageField, next)}
        />
      ))}
      {unused.length > 0 ? (
        <div class="row">
          <SelectField
            label="Field to add"
            value={unused.includes(newField) ? newField : unused[0]!}
            options={unused.map((field) => ({ value: field, label: field }))}
            testId="new-field"
            onChange={(field) => setNewField(field as PageField)}
          />
          <button
            type="button"
            data-testid="add-field"
            onClick={() =>
              setField(unused.includes(newField) ? newField : unused[0]!, {
                from: 'selector',
                selector: '',
              })
            }
          >
            Add field
          </button>
        </div>
      ) : null}
      <TabPreview system={system} recordType={recordType} />
      {system.connector.kind === 'generic-rest' ? (
        <RestSettingsForm system={system} recordType={recordType} editSystem={editSystem} />
      ) : null}
    </fieldset>
  );
}
