import type { Pagination, RestRecordType } from '@/lib/config/rest-schema';
import type { RecordType, SystemConfig } from '@/lib/config/schema';
import { defaultRestSettings } from '@/lib/connectors/presets';
import { optional, SelectField, TextField } from './fields';
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

const PAGINATION: Record<Pagination['style'], Pagination> = {
  none: { style: 'none' },
  page: { style: 'page', pageParam: 'page', pageSize: 100, firstPage: 1 },
  offset: { style: 'offset', offsetParam: 'offset', limitParam: 'limit', pageSize: 100 },
  cursor: { style: 'cursor', cursorParam: 'cursor', nextCursorPath: 'next_cursor', pageSize: 100 },
};

/** The generic REST connector's settings for one record type: list, read and record fields. */
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

function PaginationInputs({
  pagination,
  onChange,
}: {
  pagination: Pagination;
  onChange(next: Pagination): void;
}) {
  const size = (value: string) => Number(value) || 1;
  switch (pagination.style) {
    case 'none':
      return null;
    case 'page':
      return (
        <div class="row">
          <TextField
            label="Page parameter"
            value={pagination.pageParam}
            testId="rest-pageParam"
            onChange={(pageParam) => onChange({ ...pagination, pageParam })}
          />
          <TextField
            label="Page size parameter"
            value={pagination.sizeParam ?? ''}
            testId="rest-sizeParam"
            onChange={(value) => onChange({ ...pagination, sizeParam: optional(value) })}
          />
          <TextField
            label="Page size"
            type="number"
            min={1}
            value={String(pagination.pageSize)}
            testId="rest-pageSize"
            onChange={(value) => onChange({ ...pagination, pageSize: size(value) })}
          />
          <TextField
            label="Next page field"
            value={pagination.nextPagePath ?? ''}
            help="Empty: stop on a short page."
            testId="rest-nextPagePath"
            onChange={(value) => onChange({ ...pagination, nextPagePath: optional(value) })}
          />
        </div>
      );
    case 'offset':
      return (
        <div class="row">
          <TextField
            label="Offset parameter"
            value={pagination.offsetParam}
            onChange={(offsetParam) => onChange({ ...pagination, offsetParam })}
          />
          <TextField
            label="Limit parameter"
            value={pagination.limitParam}
            onChange={(limitParam) => onChange({ ...pagination, limitParam })}
          />
          <TextField
            label="Page size"
            type="number"
            min={1}
            value={String(pagination.pageSize)}
            onChange={(value) => onChange({ ...pagination, pageSize: size(value) })}
          />
        </div>
      );
    case 'cursor':
      return (
        <div class="row">
          <TextField
            label="Cursor parameter"
            value={pagination.cursorParam}
            onChange={(cursorParam) => onChange({ ...pagination, cursorParam })}
          />
          <TextField
            label="Next cursor field"
            value={pagination.nextCursorPath}
            onChange={(nextCursorPath) => onChange({ ...pagination, nextCursorPath })}
          />
          <TextField
            label="Page size parameter"
            value={pagination.sizeParam ?? ''}
            onChange={(value) => onChange({ ...pagination, sizeParam: optional(value) })}
          />
          <TextField
            label="Page size"
            type="number"
            min={1}
            value={String(pagination.pageSize)}
            onChange={(value) => onChange({ ...pagination, pageSize: size(value) })}
          />
        </div>
      );
  }
}
