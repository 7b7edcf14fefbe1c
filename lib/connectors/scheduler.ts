import type { SystemConfig } from '../config/schema';
import { recordKey, type CachedRecord } from '../records/types';
import { authHeaders } from './auth';
import { ConnectorError } from './errors';
import { classifyStatus, sendJson, type HttpResponse } from './http';
import type { Connector, RemoteState, SecretLookup } from './types';

interface Job {
  id: string;
  number: number;
  title: string;
  status: string;
  client_id?: string;
  total?: number;
  crm_deal_id?: string;
  version?: number;
  updated_at?: string;
}

interface Client {
  id: string;
  number: number;
  first_name?: string;
  last_name?: string;
  company_name?: string;
  email?: string;
  phone?: string;
  version?: number;
  updated_at?: string;
  address?: { street?: string; city?: string; postcode?: string; country?: string };
}

interface ListPage<T> {
  data: T[];
  meta?: { next_page?: number | null };
}

const RESOURCES: Record<string, string> = { job: 'jobs', client: 'clients' };

/**
 * Connector for a field-service REST API with ETag / If-Match concurrency. Its API ids
 * (`job_…`) differ from the job numbers its pages show, so records keep both.
 */
export function createSchedulerConnector(
  system: SystemConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch = fetch,
): Connector {
  const base = `${system.connector.baseUrl.replace(/\/$/, '')}/api/v1`;

  async function call(
    method: 'GET' | 'PATCH',
    path: string,
    what: string,
    extra: Record<string, string> = {},
    body?: unknown,
  ) {
    const headers = { ...(await authHeaders(system.connector, secrets)), ...extra };
    const response = await sendJson({ method, url: `${base}${path}`, headers, body }, fetchImpl);
    const error = classifyStatus(response, what);
    if (error) throw schedulerError(response, error);
    return response;
  }

  return {
    async listAll(type) {
      const resource = resourceName(type);
      const records: CachedRecord[] = [];
      for (let page: number | null | undefined = 1; page;) {
        const response = await call(
          'GET',
          `/${resource}?page=${page}&per_page=100`,
          `list ${resource}`,
        );
        const body = response.body as ListPage<Job & Client>;
        records.push(...body.data.map((item) => toRecord(system.id, type, item)));
        page = body.meta?.next_page;
      }
      return records;
    },

    async read(type, id) {
      const response = await call(
        'GET',
        `/${resourceName(type)}/${encodeURIComponent(id)}`,
        `read ${type} ${id}`,
      );
      return toState(system.id, type, response);
    },

    describeWrite(_type, id, value) {
      return `PATCH /api/v1/jobs/${id} If-Match: <ETag> ${JSON.stringify({ status: value })}`;
    },

    async writeStatus(type, id, value, { current, idempotencyKey }) {
      if (type !== 'job')
        throw new ConnectorError(
          'permanent',
          `scheduler status writes support jobs only, not "${type}"`,
        );
      const headers: Record<string, string> = { 'Idempotency-Key': idempotencyKey };
      if (current.version !== undefined) headers['If-Match'] = current.version;
      const response = await call(
        'PATCH',
        `/jobs/${encodeURIComponent(id)}`,
        `update job ${id}`,
        headers,
        { status: value },
      );
      return toState(system.id, type, response);
    },
  };
}

function resourceName(type: string): string {
  const resource = RESOURCES[type];
  if (!resource)
    throw new ConnectorError(
      'permanent',
      `scheduler connector has no record type "${type}"; use job or client`,
    );
  return resource;
}

function schedulerError(response: HttpResponse, error: ConnectorError): ConnectorError {
  const message = (response.body as { error?: { message?: string } } | undefined)?.error?.message;
  if (response.status === 428)
    return new ConnectorError(
      'permanent',
      `${error.message}: If-Match header required`,
      undefined,
      428,
    );
  if (!message) return error;
  return new ConnectorError(
    error.kind,
    `${error.message}: ${message}`,
    error.retryAfterMs,
    error.httpStatus,
  );
}

function toState(system: string, type: string, response: HttpResponse): RemoteState {
  const record = toRecord(system, type, response.body as Job & Client);
  const etag = response.headers.get('ETag') ?? record.version;
  return {
    status: record.status ?? '',
    version: etag ?? undefined,
    record: { ...record, version: etag ?? undefined },
  };
}

function toRecord(system: string, type: string, item: Job & Client): CachedRecord {
  const base = {
    key: recordKey(system, type, item.id),
    system,
    type,
    id: item.id,
    pageId: String(item.number),
    updatedAt: item.updated_at ?? '',
    version: item.version === undefined ? undefined : `"${item.version}"`,
  };
  if (type === 'client') {
    const name = [item.first_name, item.last_name].filter(Boolean).join(' ');
    return {
      ...base,
      kind: 'party',
      title: name || item.company_name || `Client ${item.number}`,
      xrefs: {},
      fields: {
        name: name || undefined,
        company: item.company_name,
        email: item.email,
        phone: item.phone,
        address: item.address?.street,
        city: item.address?.city,
        postcode: item.address?.postcode,
        country: item.address?.country,
      },
    };
  }
  return {
    ...base,
    kind: 'work',
    title: item.title,
    fields: {},
    amount: item.total,
    status: item.status,
    partyKey: item.client_id ? recordKey(system, 'client', item.client_id) : undefined,
    xrefs: item.crm_deal_id ? { crm: `deal:${item.crm_deal_id}` } : {},
  };
}
