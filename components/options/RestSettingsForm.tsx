import type { Pagination, RestRecordType } from '@/lib/config/rest-schema';
import type { RecordType, SystemConfig } from '@/lib/config/schema';
import { defaultRestSettings } from '@/lib/connectors/presets';
import { optional, SelectField, TextField } from './fields';
import { PAGINATION, PaginationInputs } from './RestPagination';
import { RestFieldsForm } from './RestFieldsForm';
import { RestWriteForm } from './RestWriteForm';
import type { EditSystem } from './SystemEditor';

export type SetRest = (patch: Partial<RestRecordType>) => void;

const STYLES = [
  { value: 'none', label: 'One request returns everything' },
  { value: 'page', label: 'Page numbers (?page=2)' },
  { value: 'offset', label: 'Offset and limit (?offset=100&limit=100)' },
  { value: 'cursor', label: 'Cursor from the response' },
];

/** Renders the generic REST connector's settings for one record type: list, read and record fields. */
export function RestSettingsForm(props: {
  system: SystemConfig;
  recordType: RecordType;
  editSystem: EditSystem;
}) {
  const { system, recordType, editSystem } = props;
  const settings =
    system.connector.rest?.recordTypes[recordType.id] ?? defaultRestSettings(recordType.id);
  const set: SetRest = (patch) =>
    editSystem((s) => {
      const recordTypes = {
        ...s.connector.rest?.recordTypes,
        [recordType.id]: { ...settings, ...patch },
      };
      return { ...s, connector: { ...s.connector, rest: { recordTypes } } };
    });
  const path = (
    label: string,
    key:
      | 'itemsPath'
      | 'itemPath'
      | 'pageIdPath'
      | 'titlePath'
      | 'statusPath'
      | 'amountPath'
      | 'updatedAtPath',
    help?: string,
  ) => (
    <TextField
      label={label}
      help={help}
      value={settings[key] ?? ''}
      testId={`rest-${key}`}
      onChange={(value) => set({ [key]: optional(value) })}
    />
  );

  return (
    <fieldset class="group" data-testid="rest-settings">
      <legend>{recordType.label} API</legend>
      <TextField
        label="List path"
        value={settings.listPath}
        testId="rest-listPath"
        onChange={(listPath) => set({ listPath })}
      />
      {path(
        'Records array in the list response',
        'itemsPath',
        'Dot path such as "data"; empty when the response is the array.',
      )}
      <SelectField
        label="Pagination"
        value={settings.pagination.style}
        options={STYLES}
        testId="rest-pagination"
        onChange={(style) => set({ pagination: PAGINATION[style as Pagination['style']] })}
      />
      <PaginationInputs
        pagination={settings.pagination}
        onChange={(pagination) => set({ pagination })}
      />
      <TextField
        label="Read path"
        value={settings.readPath}
        help="{id} is replaced by the record's API id."
        testId="rest-readPath"
        onChange={(readPath) => set({ readPath })}
      />
      {path('Record in the read response', 'itemPath', 'Empty when the response is the record.')}
      <TextField
        label="API id field"
        value={settings.idPath}
        testId="rest-idPath"
        onChange={(idPath) => set({ idPath })}
      />
      {path(
        'Page id field',
        'pageIdPath',
        'The id in the record page URL, when it differs from the API id.',
      )}
      {path('Title field', 'titlePath')}
      {recordType.kind === 'work' ? path('Status field', 'statusPath') : null}
      {recordType.kind === 'work' ? path('Amount field', 'amountPath') : null}
      {path('Last-updated field', 'updatedAtPath')}
      <RestFieldsForm system={system} recordType={recordType} settings={settings} set={set} />
      {recordType.kind === 'work' ? <RestWriteForm settings={settings} set={set} /> : null}
    </fieldset>
  );
}
