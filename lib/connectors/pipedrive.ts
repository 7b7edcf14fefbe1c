import type { FieldMapping, SystemConfig } from '../config/schema';
import { recordKey, type CachedRecord } from '../records/types';
import { createApiClient } from './api-client';
import { ConnectorError, parseRetryAfter } from './errors';
import type { HttpResponse } from './http';
import { readPath } from './json-path';
import { readXrefs } from './rest-record';
import type { Connector, RemoteState, SecretLookup } from './types';

const PAGE_SIZE = 100;
const COLLECTIONS: Record<string, 'deals' | 'persons'> = { deal: 'deals', person: 'persons' };
/** Deal statuses Pipedrive accepts on update; `deleted` is reached by deleting the deal. */
const WRITABLE = new Set(['open', 'won', 'lost']);

type Item = Record<string, unknown>;

/**
 * Connector for Pipedrive's API v2: deals and persons, with cursor pagination. Pipedrive has
 * no version token, so the last write wins. The runner's read before each write still stops
 * on a status someone changed since the user looked.
 */
export function createPipedriveConnector(
  system: SystemConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch = fetch,
  mappings: FieldMapping[] = [],
): Connector {
  const client = createApiClient(system.connector, secrets, fetchImpl, {
    base: `${system.connector.baseUrl.replace(/\/$/, '')}/api/v2`,
    classify: classifyPipedriveError,
  });
  const toRecord = (type: string, item: Item) =>
    pipedriveRecord(
      system.id,
      type,
      item,
      mappings.filter((entry) => entry.from.system === system.id && entry.from.recordType === type),
    );

  return {
    async listAll(type) {
      const collection = collectionOf(type);
      const records: CachedRecord[] = [];
      for (let cursor: string | undefined; ;) {
        const query = `limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const response = await client({
          method: 'GET',
          path: `/${collection}?${query}`,
          what: `list ${collection}`,
        });
        records.push(
          ...((readPath(response.body, 'data') ?? []) as Item[]).map((item) =>
            toRecord(type, item),
          ),
        );
        const next = readPath(response.body, 'additional_data.next_cursor');
        if (typeof next !== 'string' || !next) return records;
        cursor = next;
      }
    },

    async read(type, id) {
      const response = await client({
        method: 'GET',
        path: `/${collectionOf(type)}/${encodeURIComponent(id)}`,
        what: `read ${type} ${id}`,
      });
      return stateOf(toRecord(type, readPath(response.body, 'data') as Item));
    },

    async writeStatus(type, id, value) {
      if (type !== 'deal' || !WRITABLE.has(value)) {
        throw new ConnectorError(
          'permanent',
          `Pipedrive deals take open, won or lost, not "${value}"`,
        );
      }
      const response = await client({
        method: 'PATCH',
        path: `/deals/${encodeURIComponent(id)}`,
        what: `update deal ${id}`,
        body: { status: value },
      });
      return stateOf(toRecord(type, readPath(response.body, 'data') as Item));
    },

    describeWrite(_type, id, value) {
      return `PATCH /api/v2/deals/${id} ${JSON.stringify({ status: value })}`;
    },
  };
}

/** Pipedrive's 429 may carry Retry-After or only `x-ratelimit-reset`, in seconds. */
function classifyPipedriveError(response: HttpResponse, fallback: ConnectorError): ConnectorError {
  const detail = readPath(response.body, 'error');
  const message = typeof detail === 'string' ? `${fallback.message}: ${detail}` : fallback.message;
  const reset = parseRetryAfter(response.headers.get('x-ratelimit-reset'), Date.now());
  const retryAfterMs = fallback.retryAfterMs ?? (response.status === 429 ? reset : undefined);
  return new ConnectorError(fallback.kind, message, retryAfterMs, fallback.httpStatus);
}

function collectionOf(type: string): 'deals' | 'persons' {
  const collection = COLLECTIONS[type];
  if (!collection)
    throw new ConnectorError(
      'permanent',
      `Pipedrive connector has no record type "${type}"; use deal or person`,
    );
  return collection;
}

function stateOf(record: CachedRecord): RemoteState {
  return { status: record.status ?? '', record };
}

function pipedriveRecord(
  system: string,
  type: string,
  item: Item,
  mappings: FieldMapping[],
): CachedRecord {
  const id = String(item.id);
  const base = {
    key: recordKey(system, type, id),
    system,
    type,
    id,
    pageId: id,
    updatedAt: String(item.update_time ?? ''),
    xrefs: readXrefs(item, mappings),
  };
  if (type === 'person') {
    const primary = (list: unknown) => {
      const entries = (Array.isArray(list) ? list : []) as { value?: string; primary?: boolean }[];
      return (entries.find((entry) => entry.primary) ?? entries[0])?.value;
    };
    const fields = {
      name: item.name as string | undefined,
      email: primary(item.emails),
      phone: primary(item.phones),
    };
    return { ...base, kind: 'party', title: String(item.name ?? `Person ${id}`), fields };
  }
  return {
    ...base,
    kind: 'work',
    title: String(item.title ?? `Deal ${id}`),
    fields: {},
    status: typeof item.status === 'string' ? item.status : undefined,
    amount: typeof item.value === 'number' ? item.value : undefined,
    partyKey: item.person_id ? recordKey(system, 'person', String(item.person_id)) : undefined,
  };
}
