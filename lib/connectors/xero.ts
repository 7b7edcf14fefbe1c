import type { FieldMapping, SystemConfig } from '../config/schema';
import type { CachedRecord } from '../records/types';
import { createApiClient } from './api-client';
import { ConnectorError } from './errors';
import type { HttpResponse } from './http';
import { readPath } from './json-path';
import type { Connector, RemoteState, SecretLookup } from './types';
import { xeroRecord } from './xero-record';

/** Records per page of the Xero accounting API's list endpoints. */
const PAGE_SIZE = 100;

const COLLECTIONS: Record<string, 'Invoices' | 'Contacts'> = {
  invoice: 'Invoices',
  contact: 'Contacts',
};

type XeroItem = Record<string, unknown>;

/**
 * Connector for the Xero accounting API (api.xro/2.0): contacts and sales invoices. Xero has
 * no version token, so a write re-reads the invoice and stops when UpdatedDateUTC moved.
 */
export function createXeroConnector(
  system: SystemConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch = fetch,
  mappings: FieldMapping[] = [],
): Connector {
  const tenantId = system.connector.tenantId;
  if (!tenantId)
    throw new ConnectorError(
      'permanent',
      `system "${system.id}" needs connector.tenantId for Xero`,
    );
  const client = createApiClient(system.connector, secrets, fetchImpl, {
    base: `${system.connector.baseUrl.replace(/\/$/, '')}/api.xro/2.0`,
    headers: { 'Xero-Tenant-Id': tenantId },
    classify: classifyXeroError,
  });
  const toRecord = (type: string, item: XeroItem) =>
    xeroRecord(
      system.id,
      type,
      item,
      mappings.filter(
        (mapping) => mapping.from.system === system.id && mapping.from.recordType === type,
      ),
    );

  const read = async (type: string, id: string): Promise<RemoteState> => {
    const collection = collectionOf(type);
    const response = await client({
      method: 'GET',
      path: `/${collection}/${encodeURIComponent(id)}`,
      what: `read ${type} ${id}`,
    });
    return stateOf(toRecord(type, firstItem(response, collection)));
  };

  return {
    read,

    async listAll(type) {
      const collection = collectionOf(type);
      const records: CachedRecord[] = [];
      for (let page = 1; ; page += 1) {
        const response = await client({
          method: 'GET',
          path: `/${collection}?page=${page}`,
          what: `list ${collection}`,
        });
        const items = (readPath(response.body, collection) ?? []) as XeroItem[];
        records.push(...items.map((item) => toRecord(type, item)));
        if (items.length < PAGE_SIZE) return records;
      }
    },

    async writeStatus(type, id, value, { current, idempotencyKey }) {
      if (type !== 'invoice')
        throw new ConnectorError(
          'permanent',
          `Xero status writes support invoices only, not "${type}"`,
        );
      if (value === 'PAID') {
        throw new ConnectorError(
          'permanent',
          'Xero marks an invoice PAID when a payment is recorded; record the payment in Xero',
        );
      }
      const fresh = await read(type, id);
      if (fresh.version !== current.version) {
        throw new ConnectorError(
          'conflict',
          `invoice ${id} changed in Xero since it was read (UpdatedDateUTC ${fresh.version ?? 'unknown'})`,
        );
      }
      const body = { Invoices: [{ InvoiceID: id, Status: value }] };
      const headers = { 'Idempotency-Key': idempotencyKey };
      const response = await client({
        method: 'POST',
        path: `/Invoices/${encodeURIComponent(id)}`,
        what: `update invoice ${id}`,
        headers,
        body,
      });
      return stateOf(toRecord(type, firstItem(response, 'Invoices')));
    },

    describeWrite(_type, id, value) {
      return `POST /api.xro/2.0/Invoices/${id} ${JSON.stringify({ Invoices: [{ InvoiceID: id, Status: value }] })}`;
    },
  };
}

function collectionOf(type: string): 'Invoices' | 'Contacts' {
  const collection = COLLECTIONS[type];
  if (!collection)
    throw new ConnectorError(
      'permanent',
      `Xero connector has no record type "${type}"; use contact or invoice`,
    );
  return collection;
}

function firstItem(response: HttpResponse, collection: string): XeroItem {
  const item = (readPath(response.body, collection) as XeroItem[] | undefined)?.[0];
  if (!item) throw new ConnectorError('permanent', `Xero returned no ${collection} in its reply`);
  return item;
}

/**
 * Maps Xero's error replies: 429 carries Retry-After and X-Rate-Limit-Problem (minute, day or
 * concurrent); 400 ValidationException lists messages under Elements[].ValidationErrors[].
 */
function classifyXeroError(response: HttpResponse, fallback: ConnectorError): ConnectorError {
  if (response.status === 429) {
    const problem = response.headers.get('X-Rate-Limit-Problem') ?? 'unknown';
    return new ConnectorError(
      'retryable',
      `${fallback.message}: Xero ${problem} limit reached`,
      fallback.retryAfterMs,
      429,
    );
  }
  const body = response.body as { Type?: string; Message?: string; Detail?: string } | undefined;
  const validation = readPath(body, 'Elements.0.ValidationErrors.0.Message');
  const detail = typeof validation === 'string' ? validation : (body?.Detail ?? body?.Message);
  if (!detail) return fallback;
  return new ConnectorError(
    fallback.kind,
    `${fallback.message}: ${detail}`,
    fallback.retryAfterMs,
    fallback.httpStatus,
  );
}

function stateOf(record: CachedRecord): RemoteState {
  return { status: record.status ?? '', version: record.version, record };
}

export { xeroDate } from './xero-record';
