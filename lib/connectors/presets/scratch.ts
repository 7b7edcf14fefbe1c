import type { RestRecordType } from '../../config/rest-schema';
import type { SystemConfig } from '../../config/schema';
import type { ConnectorPreset, PresetInput } from './types';

/**
 * A system added from scratch: the generic REST connector with one work record type and
 * placeholder paths that the admin replaces in the system editor.
 */
export const SCRATCH_PRESET: ConnectorPreset = {
  id: 'scratch',
  label: 'From scratch (any JSON REST API)',
  kind: 'generic-rest',
  summary: 'Configure the record pages, API paths, fields and status write yourself.',
  defaults: { origin: '', baseUrl: '', auth: 'bearer' },
  params: [],
  idFormats: [
    'Page URL and ids: whatever you configure under the record type and its API settings.',
  ],
  concurrency:
    'A version token from a response header (ETag) or a body field, sent back as If-Match or in the body.',
  rateLimits: ['HTTP 429 or 503 with Retry-After, in seconds or as a date.'],
  build: buildScratchSystem,
};

function buildScratchSystem(input: PresetInput): SystemConfig {
  return {
    id: input.id,
    label: input.label,
    origins: [input.origin],
    dateFormat: 'iso',
    connector: {
      kind: 'generic-rest',
      baseUrl: input.baseUrl,
      auth: input.auth,
      maxConcurrent: 2,
      rest: { recordTypes: { record: defaultRestSettings('record') } },
    },
    recordTypes: [
      {
        id: 'record',
        label: 'Record',
        kind: 'work',
        url: { path: '/records/:id' },
        ready: 'main',
        fields: {},
      },
    ],
    statuses: [],
  };
}

/** Placeholder API settings for a new record type: `/api/<type>s` with a PATCH status write. */
export function defaultRestSettings(typeId: string): RestRecordType {
  const base = `/api/${typeId}s`;
  return {
    listPath: base,
    pagination: { style: 'none' },
    readPath: `${base}/{id}`,
    idPath: 'id',
    titlePath: 'title',
    statusPath: 'status',
    fields: {},
    version: { from: 'none' },
    write: {
      method: 'PATCH',
      path: `${base}/{id}`,
      body: '{"status": "{{status}}"}',
      versionIn: 'if-match',
    },
  };
}
