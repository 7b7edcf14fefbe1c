import type { SystemConfig } from '../config/schema';
import { recordKey, type CachedRecord } from '../records/types';
import { authHeaders } from './auth';
import { ConnectorError } from './errors';
import { classifyStatus, sendJson, type HttpResponse } from './http';
import { parseAmount } from './hubspot';
import type { Connector, RemoteState, SecretLookup } from './types';

type QboEntity = Record<string, unknown> & { Id: string; SyncToken: string };

const ENTITIES: Record<string, string> = { customer: 'Customer', invoice: 'Invoice' };
const PAGE_SIZE = 100;

/**
 * Connector for QuickBooks Online's accounting API. Invoice status is derived (draft, sent,
 * paid, void), so a status write becomes the sparse update or operation that produces it.
 */
export function createQboConnector(
  system: SystemConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch = fetch,
): Connector {
  const realm = system.connector.realmId;
  if (!realm)
    throw new ConnectorError(
      'permanent',
      `system "${system.id}" needs connector.realmId for QuickBooks`,
    );
  const base = `${system.connector.baseUrl.replace(/\/$/, '')}/v3/company/${realm}`;

  async function call(method: 'GET' | 'POST', path: string, what: string, body?: unknown) {
    const headers = await authHeaders(system.connector, secrets);
    const response = await sendJson({ method, url: `${base}${path}`, headers, body }, fetchImpl);
    const error = classifyStatus(response, what);
    if (error) throw qboError(response, error);
    return response.body as Record<string, unknown>;
  }

  async function read(type: string, id: string): Promise<RemoteState> {
    const entity = entityName(type);
    const body = await call(
      'GET',
      `/${entity.toLowerCase()}/${encodeURIComponent(id)}`,
      `read ${type} ${id}`,
    );
    return toState(system.id, type, body[entity] as QboEntity);
  }

  return {
    read,

    async listAll(type) {
      const entity = entityName(type);
      const records: CachedRecord[] = [];
      for (let start = 1; ; start += PAGE_SIZE) {
        const query = `select * from ${entity} startposition ${start} maxresults ${PAGE_SIZE}`;
        const body = await call(
          'GET',
          `/query?query=${encodeURIComponent(query)}`,
          `list ${entity}`,
        );
        const page = ((body.QueryResponse as Record<string, unknown> | undefined)?.[entity] ??
          []) as QboEntity[];
        records.push(...page.map((item) => toRecord(system.id, type, item)));
        if (page.length < PAGE_SIZE) return records;
      }
    },

    describeWrite(_type, id, value) {
      if (value === 'void')
        return `POST /v3/company/${realm}/invoice?operation=void {"Id":"${id}","SyncToken":…}`;
      const field =
        value === 'paid'
          ? '"Balance":0'
          : `"EmailStatus":"${value === 'sent' ? 'EmailSent' : 'NotSet'}"`;
      return `POST /v3/company/${realm}/invoice {"Id":"${id}","SyncToken":…,"sparse":true,${field}}`;
    },

    async writeStatus(type, id, value, { current, idempotencyKey }) {
      if (type !== 'invoice')
        throw new ConnectorError(
          'permanent',
          `QuickBooks status writes support invoices only, not "${type}"`,
        );
      const { operation, body } = invoiceWrite(current, value);
      const request = { Id: id, SyncToken: current.version, ...body };
      const path = `/invoice?${operation ? `operation=${operation}&` : ''}requestid=${encodeURIComponent(idempotencyKey)}`;
      const reply = await call('POST', path, `update invoice ${id}`, request);
      return toState(system.id, type, reply.Invoice as QboEntity);
    },
  };
}

/**
 * Chooses the request that moves an invoice to `target`. Leaving `void` takes the demo app's
 * `unvoid` operation, which restores the amounts and applies the other fields in one write.
 * NOTE: live QuickBooks cannot un-void an invoice; such a write fails there and goes to review.
 */
function invoiceWrite(
  current: RemoteState,
  target: string,
): { operation?: string; body: Record<string, unknown> } {
  if (target === 'void') return { operation: 'void', body: {} };

  // Unvoid restores the balance itself; an open invoice's balance is reset to its total.
  const total = current.status === 'void' ? {} : { Balance: current.record.amount ?? 0 };
  const fields: Record<string, Record<string, unknown>> = {
    paid: { Balance: 0 },
    sent: { EmailStatus: 'EmailSent', ...total },
    draft: { EmailStatus: 'NotSet', ...total },
  };
  const body = fields[target];
  if (!body) {
    throw new ConnectorError(
      'permanent',
      `unknown invoice status "${target}"; use draft, sent, paid or void`,
    );
  }
  if (current.status === 'void') return { operation: 'unvoid', body };
  return { body: { sparse: true, ...body } };
}

/** QuickBooks reports a stale SyncToken as HTTP 400 with fault code 5010. */
function qboError(response: HttpResponse, error: ConnectorError): ConnectorError {
  const fault = (
    response.body as { Fault?: { Error?: { Message?: string; code?: string }[] } } | undefined
  )?.Fault;
  const first = fault?.Error?.[0];
  if (!first) return error;
  if (first.code === '5010')
    return new ConnectorError(
      'conflict',
      `record changed since it was read: ${first.Message ?? 'Stale Object Error'}`,
      undefined,
      response.status,
    );
  if (first.code === '3001')
    return new ConnectorError(
      'retryable',
      'rate limited: QuickBooks asked to slow down (ThrottleExceeded)',
      error.retryAfterMs,
      response.status,
    );
  return new ConnectorError(
    error.kind,
    `${error.message}: ${first.Message ?? ''}`.trim(),
    error.retryAfterMs,
    response.status,
  );
}

function entityName(type: string): string {
  const entity = ENTITIES[type];
  if (!entity)
    throw new ConnectorError(
      'permanent',
      `QuickBooks connector has no record type "${type}"; use customer or invoice`,
    );
  return entity;
}

/** Derives the invoice status the way the QuickBooks UI shows it. */
export function invoiceStatus(invoice: QboEntity): string {
  if (String(invoice.PrivateNote ?? '').startsWith('Voided')) return 'void';
  if (Number(invoice.Balance) === 0) return 'paid';
  return invoice.EmailStatus === 'EmailSent' ? 'sent' : 'draft';
}

function toState(system: string, type: string, item: QboEntity): RemoteState {
  const record = toRecord(system, type, item);
  return { status: record.status ?? '', version: record.version, record };
}

function toRecord(system: string, type: string, item: QboEntity): CachedRecord {
  const base = {
    key: recordKey(system, type, item.Id),
    system,
    type,
    id: item.Id,
    pageId: item.Id,
  };
  const updatedAt = String(
    (item.Metadata as { LastUpdatedTime?: string } | undefined)?.LastUpdatedTime ?? '',
  );
  if (type === 'customer')
    return {
      ...base,
      kind: 'party',
      ...customerFields(item),
      xrefs: {},
      updatedAt,
      version: item.SyncToken,
    };

  const customerId = (item.CustomerRef as { value?: string } | undefined)?.value;
  const jobRef = (item.CustomField as { Name?: string; StringValue?: string }[] | undefined)?.find(
    (f) => f.Name === 'Job ref',
  )?.StringValue;
  const lines = (item.Line as { Amount?: number; Description?: string }[] | undefined) ?? [];
  const original = lines.reduce((sum, line) => sum + (line.Amount ?? 0), 0);
  const description = lines.find((line) => line.Description)?.Description;
  return {
    ...base,
    kind: 'work',
    title: description ?? `Invoice ${String(item.DocNumber ?? item.Id)}`,
    fields: {},
    partyKey: customerId ? recordKey(system, 'customer', customerId) : undefined,
    amount: parseAmount(original || (item.TotalAmt as number | undefined)),
    status: invoiceStatus(item),
    version: item.SyncToken,
    xrefs: jobRef ? { scheduler: `job:${jobRef}` } : {},
    updatedAt,
  };
}

function customerFields(item: QboEntity): Pick<CachedRecord, 'title' | 'fields'> {
  const address = item.BillAddr as Record<string, string | undefined> | undefined;
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  return {
    title: text(item.DisplayName) ?? `Customer ${item.Id}`,
    fields: {
      name: text(item.DisplayName),
      given_name: text(item.GivenName),
      surname: text(item.FamilyName),
      company: text(item.CompanyName),
      email: text((item.PrimaryEmailAddr as { Address?: string } | undefined)?.Address),
      phone: text((item.PrimaryPhone as { FreeFormNumber?: string } | undefined)?.FreeFormNumber),
      address: address?.Line1,
      city: address?.City,
      postcode: address?.PostalCode,
      country: address?.Country,
    },
  };
}
