import type { RestRecordType, RestWrite, VersionSource } from '@/lib/config/rest-schema';
import { optional, SelectField, TextField } from './fields';
import type { SetRest } from './RestSettingsForm';

const VERSION_SOURCES = [
  { value: 'none', label: 'None (last write wins)' },
  { value: 'header', label: 'Response header, such as ETag' },
  { value: 'body', label: 'Field in the record, such as revision' },
];

const DEFAULT_WRITE: RestWrite = {
  method: 'PATCH',
  path: '/',
  body: '{"status": "{{status}}"}',
  versionIn: 'if-match',
};

/** The version token and the request that sets the status. */
export function RestWriteForm({ settings, set }: { settings: RestRecordType; set: SetRest }) {
  const { version } = settings;
  const write = settings.write;
  const setWrite = (patch: Partial<RestWrite>) =>
    set({ write: { ...(write ?? DEFAULT_WRITE), ...patch } });
  const setVersion = (from: string) => {
    const sources: Record<string, VersionSource> = {
      none: { from: 'none' },
      header: { from: 'header', header: 'ETag' },
      body: { from: 'body', path: 'version' },
    };
    set({ version: sources[from] ?? { from: 'none' } });
  };

  return (
    <>
      <SelectField
        label="Version token"
        value={version.from}
        options={VERSION_SOURCES}
        testId="rest-version"
        onChange={setVersion}
      />
      {version.from === 'header' ? (
        <TextField
          label="Version header"
          value={version.header}
          testId="rest-version-header"
          onChange={(header) => set({ version: { ...version, header } })}
        />
      ) : null}
      {version.from === 'body' ? (
        <TextField
          label="Version field"
          value={version.path}
          testId="rest-version-path"
          onChange={(path) => set({ version: { ...version, path } })}
        />
      ) : null}
      <SelectField
        label="Method"
        value={write?.method ?? 'PATCH'}
        options={['PATCH', 'PUT', 'POST'].map((value) => ({ value, label: value }))}
        testId="rest-write-method"
        onChange={(method) => setWrite({ method: method as RestWrite['method'] })}
      />
      <TextField
        label="Write path"
        value={write?.path ?? ''}
        help="{id} is replaced by the record's API id."
        testId="rest-write-path"
        onChange={(path) => setWrite({ path: optional(path) ?? '/' })}
      />
      <TextField
        label="Body template (JSON)"
        value={write?.body ?? ''}
        help='Use "{{status}}" for the new value and "{{version}}" for the version token, as whole JSON strings.'
        testId="rest-write-body"
        onChange={(body) => setWrite({ body })}
      />
      <SelectField
        label="Send the version"
        value={write?.versionIn ?? 'if-match'}
        options={[
          { value: 'if-match', label: 'As an If-Match header' },
          { value: 'body', label: 'In the body as "{{version}}"' },
        ]}
        testId="rest-version-in"
        onChange={(versionIn) => setWrite({ versionIn: versionIn as RestWrite['versionIn'] })}
      />
    </>
  );
}
