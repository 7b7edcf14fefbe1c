import type { RestRecordType } from '@/lib/config/rest-schema';
import type { PageField, RecordType, SystemConfig } from '@/lib/config/schema';
import { optional, SelectField, TextField } from './fields';
import type { SetRest } from './RestSettingsForm';

/** Customer fields the matcher compares, read from the API record by path. */
const MATCH_FIELDS: PageField[] = [
  'name',
  'given_name',
  'surname',
  'company',
  'email',
  'phone',
  'address',
  'city',
  'postcode',
  'country',
];

/** API field paths for matching, and for work records the customer they belong to. */
export function RestFieldsForm(props: {
  system: SystemConfig;
  recordType: RecordType;
  settings: RestRecordType;
  set: SetRest;
}) {
  const { system, recordType, settings, set } = props;
  const parties = system.recordTypes.filter((type) => type.kind === 'party');
  const setField = (field: PageField, path: string) => {
    const fields = { ...settings.fields };
    const value = optional(path);
    if (value) fields[field] = value;
    else delete fields[field];
    set({ fields });
  };

  return (
    <>
      <details>
        <summary>Fields used to match customers</summary>
        {MATCH_FIELDS.map((field) => (
          <TextField
            key={field}
            label={`${field} field`}
            value={settings.fields[field] ?? ''}
            testId={`rest-field-${field}`}
            onChange={(path) => setField(field, path)}
          />
        ))}
      </details>
      {recordType.kind === 'work' && parties.length > 0 ? (
        <div class="row">
          <SelectField
            label="Customer record type"
            value={settings.party?.recordType ?? ''}
            options={[
              { value: '', label: 'None' },
              ...parties.map((type) => ({ value: type.id, label: type.label })),
            ]}
            onChange={(value) =>
              set({
                party: value
                  ? { recordType: value, idPath: settings.party?.idPath ?? 'customer_id' }
                  : undefined,
              })
            }
          />
          {settings.party ? (
            <TextField
              label="Customer id field"
              value={settings.party.idPath}
              onChange={(idPath) => set({ party: { ...settings.party!, idPath } })}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
}
