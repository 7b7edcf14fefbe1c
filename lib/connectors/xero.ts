import type { FieldMapping, SystemConfig } from '../config/schema';
import { recordKey, type CachedRecord } from '../records/types';
import { createApiClient } from './api-client';
import { ConnectorError } from './errors';
import type { HttpResponse } from './http';
import { readPath } from './json-path';
import { readXrefs } from './rest-record';
import type { Connector, RemoteState, SecretLookup } from './types';

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

function xeroRecord(
  system: string,
  type: string,
  item: XeroItem,
  mappings: FieldMapping[],
): CachedRecord {
  const id = String(item.InvoiceID ?? item.ContactID ?? '');
  const updated = String(item.UpdatedDateUTC ?? '');
  const base = {
    key: recordKey(system, type, id),
    system,
    type,
    id,
    pageId: id,
    version: updated || undefined,
    updatedAt: xeroDate(updated),
    xrefs: readXrefs(item, mappings),
  };
  if (type === 'contact')
    return {
      ...base,
      kind: 'party',
      title: String(item.Name ?? `Contact ${id}`),
      fields: contactFields(item),
    };

  const contactId = readPath(item, 'Contact.ContactID');
  return {
    ...base,
    kind: 'work',
    title: String(item.Reference || item.InvoiceNumber || `Invoice ${id}`),
    fields: {},
    status: typeof item.Status === 'string' ? item.Status : undefined,
    amount: typeof item.Total === 'number' ? item.Total : undefined,
    partyKey: typeof contactId === 'string' ? recordKey(system, 'contact', contactId) : undefined,
  };
}

function contactFields(item: XeroItem): CachedRecord['fields'] {
  const text = (path: string) => {
    const value = readPath(item, path);
    return typeof value === 'string' && value ? value : undefined;
  };
  const phones = (item.Phones ?? []) as {
    PhoneType?: string;
    PhoneNumber?: string;
    PhoneAreaCode?: string;
  }[];
  const phone = phones.find((entry) => entry.PhoneNumber);
  const addresses = (item.Addresses ?? []) as Record<string, string | undefined>[];
  const address = addresses.find((entry) => entry.AddressLine1) ?? {};
  return {
    name: text('Name'),
    given_name: text('FirstName'),
    surname: text('LastName'),
    email: text('EmailAddress'),
    phone: phone ? [phone.PhoneAreaCode, phone.PhoneNumber].filter(Boolean).join(' ') : undefined,
    address: address.AddressLine1,
    city: address.City,
    postcode: address.PostalCode,
    country: address.Country,
  };
}

/** Converts Xero's `/Date(1518685950940+0000)/` to ISO 8601; other text passes unchanged. */
export function xeroDate(value: string): string {
  const match = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(value);
  return match ? new Date(Number(match[1])).toISOString() : value;
}
