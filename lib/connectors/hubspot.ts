import type { SystemConfig } from '../config/schema';
import { recordKey, type CachedRecord } from '../records/types';
import { authHeaders } from './auth';
import { ConnectorError } from './errors';
import { classifyStatus, sendJson, type HttpResponse } from './http';
import { hubspotRetryAfterMs } from './hubspot-limits';
import type { Connector, RemoteState, SecretLookup } from './types';

interface HubspotObject {
  id: string;
  properties: Record<string, string | null | undefined>;
  updatedAt?: string;
  associations?: { contacts?: { results?: { id: string }[] } };
}

interface HubspotPage {
  results: HubspotObject[];
  paging?: { next?: { after?: string } };
}

const OBJECTS: Record<string, string> = { contact: 'contacts', deal: 'deals' };

/** Connector for HubSpot's CRM v3 objects API: contacts and deals, stage ids as status. */
export function createHubspotConnector(
  system: SystemConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch = fetch,
): Connector {
  const base = system.connector.baseUrl.replace(/\/$/, '');

  async function call(method: 'GET' | 'PATCH', path: string, what: string, body?: unknown) {
    const headers = await authHeaders(system.connector, secrets);
    const response = await sendJson({ method, url: `${base}${path}`, headers, body }, fetchImpl);
    const error = classifyStatus(response, what);
    if (error) throw hubspotError(response, error);
    return response.body;
  }

  return {
    async listAll(type) {
      const object = objectName(type);
      const records: CachedRecord[] = [];
      let after: string | undefined;
      do {
        const query = `limit=100&associations=contacts${after ? `&after=${encodeURIComponent(after)}` : ''}`;
        const page = (await call(
          'GET',
          `/crm/v3/objects/${object}?${query}`,
          `list ${object}`,
        )) as HubspotPage;
        records.push(...page.results.map((item) => toRecord(system.id, type, item)));
        after = page.paging?.next?.after;
      } while (after);
      return records;
    },

    async read(type, id) {
      const object = objectName(type);
      const path = `/crm/v3/objects/${object}/${encodeURIComponent(id)}?associations=contacts`;
      const item = (await call('GET', path, `read ${type} ${id}`)) as HubspotObject;
      return toState(system.id, type, item);
    },

    describeWrite(type, id, value) {
      const body = JSON.stringify({ properties: { dealstage: value } });
      return `PATCH /crm/v3/objects/${objectName(type)}/${id} ${body}`;
    },

    async writeStatus(type, id, value) {
      const path = `/crm/v3/objects/${objectName(type)}/${encodeURIComponent(id)}`;
      const item = (await call('PATCH', path, `update ${type} ${id}`, {
        properties: { dealstage: value },
      })) as HubspotObject;
      return toState(system.id, type, item);
    },
  };
}

function objectName(type: string): string {
  const object = OBJECTS[type];
  if (!object)
    throw new ConnectorError(
      'permanent',
      `HubSpot connector has no record type "${type}"; use contact or deal`,
    );
  return object;
}

/** HubSpot reports rate limits in a JSON body; keep its message for the review list. */
function hubspotError(response: HttpResponse, error: ConnectorError): ConnectorError {
  const body = response.body as { message?: string; category?: string } | undefined;
  const retryAfterMs = error.retryAfterMs ?? hubspotRetryAfterMs(body, Date.now());
  if (!body?.message)
    return new ConnectorError(error.kind, error.message, retryAfterMs, error.httpStatus);
  return new ConnectorError(
    error.kind,
    `${error.message}: ${body.message}`,
    retryAfterMs,
    error.httpStatus,
  );
}

function toState(system: string, type: string, item: HubspotObject): RemoteState {
  const record = toRecord(system, type, item);
  return { status: record.status ?? '', record };
}

function toRecord(system: string, type: string, item: HubspotObject): CachedRecord {
  const p = item.properties;
  const text = (name: string) => p[name] ?? undefined;
  const base = {
    key: recordKey(system, type, item.id),
    system,
    type,
    id: item.id,
    pageId: item.id,
  };

  if (type === 'contact') {
    const name = [text('firstname'), text('lastname')].filter(Boolean).join(' ');
    return {
      ...base,
      kind: 'party',
      title: name || text('company') || `Contact ${item.id}`,
      fields: {
        given_name: text('firstname'),
        surname: text('lastname'),
        email: text('email'),
        phone: text('phone'),
        company: text('company'),
        address: text('address'),
        city: text('city'),
        postcode: text('zip'),
        country: text('country'),
      },
      xrefs: {},
      updatedAt: item.updatedAt ?? '',
    };
  }

  const contactId = item.associations?.contacts?.results?.[0]?.id;
  const xrefs: Record<string, string> = {};
  if (text('scheduler_job_number')) xrefs.scheduler = `job:${text('scheduler_job_number')}`;
  if (text('books_invoice_id')) xrefs.books = `invoice:${text('books_invoice_id')}`;
  return {
    ...base,
    kind: 'work',
    title: text('dealname') ?? `Deal ${item.id}`,
    fields: {},
    partyKey: contactId ? recordKey(system, 'contact', contactId) : undefined,
    amount: parseAmount(text('amount')),
    status: text('dealstage'),
    xrefs,
    updatedAt: item.updatedAt ?? text('lastmodifieddate') ?? '',
  };
}

export function parseAmount(raw: string | number | undefined | null): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = typeof raw === 'number' ? raw : Number(String(raw).replace(/[^0-9.-]/g, ''));
  return Number.isFinite(value) ? value : undefined;
}
