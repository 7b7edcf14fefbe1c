import type { RestRecordType } from '../config/rest-schema';
import type { FieldMapping, RecordType } from '../config/schema';
import type { MatchFields } from '../match/types';
import { recordKey, type CachedRecord } from '../records/types';
import { ConnectorError } from './errors';
import { parseAmount } from './hubspot';
import { readPath, readText } from './json-path';

/** Settings and mappings the generic connector uses to map an API item of one record type. */
export interface RecordContext {
  system: string;
  recordType: RecordType;
  settings: RestRecordType;
  /** Cross-reference mappings whose `from` side is this system and record type. */
  mappings: FieldMapping[];
}

/** Maps one API item to a cached record using the configured field paths. */
export function toCachedRecord(
  context: RecordContext,
  item: unknown,
  headerVersion?: string,
): CachedRecord {
  const { system, recordType, settings } = context;
  const id = readText(item, settings.idPath);
  if (id === undefined) {
    throw new ConnectorError(
      'permanent',
      `a ${recordType.label} from ${system} has no id at "${settings.idPath}"; fix idPath`,
    );
  }
  const pageId = readText(item, settings.pageIdPath) ?? id;
  const base = {
    key: recordKey(system, recordType.id, id),
    system,
    type: recordType.id,
    id,
    pageId,
    title: readText(item, settings.titlePath) ?? `${recordType.label} ${pageId}`,
    fields: readFields(item, settings),
    xrefs: readXrefs(item, context.mappings),
    updatedAt: readText(item, settings.updatedAtPath) ?? '',
    version: headerVersion ?? bodyVersion(item, settings),
  };
  if (recordType.kind === 'party') return { ...base, kind: 'party' };

  const partyId = settings.party ? readText(item, settings.party.idPath) : undefined;
  return {
    ...base,
    kind: 'work',
    status: readText(item, settings.statusPath),
    amount: parseAmount(readText(item, settings.amountPath)),
    partyKey:
      settings.party && partyId ? recordKey(system, settings.party.recordType, partyId) : undefined,
  };
}

/**
 * Reads the version token from the body as JSON text, so a numeric revision goes back into a
 * body template as a number.
 */
function bodyVersion(item: unknown, settings: RestRecordType): string | undefined {
  if (settings.version.from !== 'body') return undefined;
  const value = readPath(item, settings.version.path);
  return value === undefined || value === null ? undefined : JSON.stringify(value);
}

/** Page fields the matcher compares; the others (title, status, amount) have their own slots. */
const MATCH_FIELDS = new Set<string>([
  'name',
  'given_name',
  'surname',
  'company',
  'email',
  'phone',
  'country',
  'address',
  'postcode',
  'city',
]);

function readFields(item: unknown, settings: RestRecordType): MatchFields {
  const fields: MatchFields = {};
  for (const [field, path] of Object.entries(settings.fields)) {
    const value = MATCH_FIELDS.has(field) ? readText(item, path) : undefined;
    if (value !== undefined) fields[field as keyof MatchFields] = value;
  }
  return fields;
}

/** Cross-reference ids of an API item, read through the workspace's field mappings. */
export function readXrefs(item: unknown, mappings: FieldMapping[]): Record<string, string> {
  const xrefs: Record<string, string> = {};
  for (const mapping of mappings) {
    const value = readText(item, mapping.from.field);
    if (value !== undefined) xrefs[mapping.to.system] = `${mapping.to.recordType}:${value}`;
  }
  return xrefs;
}
