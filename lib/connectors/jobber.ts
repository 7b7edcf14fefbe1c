import type { FieldMapping, SystemConfig } from '../config/schema';
import type { CachedRecord } from '../records/types';
import { createApiClient } from './api-client';
import { ConnectorError } from './errors';
import type { HttpResponse } from './http';
import { FIELDS, listQuery, readQuery, STATUS_MUTATIONS } from './jobber-queries';
import { jobberRecord } from './jobber-record';
import { readPath } from './json-path';
import type { Connector, RemoteState, SecretLookup } from './types';

/** API version header Jobber requires on every GraphQL request. */
export const JOBBER_API_VERSION = '2023-11-15';

type Node = Record<string, unknown>;

/**
 * Connector for Jobber's GraphQL API: jobs and clients. API ids are encoded global ids
 * (base64 of `gid://Jobber/Job/123`); pages show the number at the end, so records keep both.
 */
export function createJobberConnector(
  system: SystemConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch = fetch,
  mappings: FieldMapping[] = [],
): Connector {
  const client = createApiClient(system.connector, secrets, fetchImpl, {
    headers: { 'X-JOBBER-GRAPHQL-VERSION': JOBBER_API_VERSION },
  });
  const graphql = async (query: string, variables: Record<string, unknown>, what: string) => {
    const response = await client({ method: 'POST', path: '', what, body: { query, variables } });
    throwGraphqlErrors(response, what);
    return response.body;
  };
  const toRecord = (type: string, node: Node) =>
    jobberRecord(
      system.id,
      type,
      node,
      mappings.filter((item) => item.from.system === system.id && item.from.recordType === type),
    );

  const read = async (type: string, id: string): Promise<RemoteState> => {
    const entity = entityOf(type);
    const body = await graphql(readQuery(entity, FIELDS[type]!), { id }, `read ${type} ${id}`);
    const node = readPath(body, `data.${entity}`) as Node | null | undefined;
    if (!node) throw new ConnectorError('permanent', `Jobber has no ${type} ${id}`);
    return stateOf(toRecord(type, node));
  };

  return {
    read,

    async listAll(type) {
      const collection = `${entityOf(type)}s` as 'jobs' | 'clients';
      const records: CachedRecord[] = [];
      for (let cursor: string | null = null; ;) {
        const body = await graphql(
          listQuery(collection, FIELDS[type]!),
          { cursor },
          `list ${collection}`,
        );
        const page = readPath(body, `data.${collection}`) as {
          nodes: Node[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
        records.push(...page.nodes.map((node) => toRecord(type, node)));
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return records;
        cursor = page.pageInfo.endCursor;
      }
    },

    async writeStatus(type, id, value) {
      const mutation = STATUS_MUTATIONS[value];
      if (type !== 'job' || !mutation) {
        throw new ConnectorError(
          'permanent',
          `Jobber can only archive or reopen a job, not set "${value}"; it derives other statuses from visits`,
        );
      }
      const body = await graphql(mutation, { id }, `update job ${id}`);
      const payload = readPath(body, value === 'archived' ? 'data.jobClose' : 'data.jobReopen') as
        { job?: Node; userErrors?: { message: string }[] } | undefined;
      const userError = payload?.userErrors?.[0];
      if (userError)
        throw new ConnectorError('permanent', `update job ${id}: ${userError.message}`);
      if (!payload?.job) return read(type, id);
      return stateOf(toRecord(type, payload.job));
    },
  };
}

/**
 * Jobber reports throttling with HTTP 200 and an error whose `extensions.code` is THROTTLED.
 * The query cost extension says how many points are missing and how fast they come back.
 */
function throwGraphqlErrors(response: HttpResponse, what: string): void {
  const errors = readPath(response.body, 'errors') as
    { message?: string; extensions?: { code?: string } }[] | undefined;
  if (!errors?.length) return;

  const throttled = errors.find((error) => error.extensions?.code === 'THROTTLED');
  if (throttled)
    throw new ConnectorError(
      'retryable',
      `${what}: Jobber throttled the query`,
      throttleDelayMs(response.body),
      response.status,
    );
  throw new ConnectorError(
    'permanent',
    `${what}: ${errors.map((error) => error.message ?? 'GraphQL error').join('; ')}`,
    undefined,
    response.status,
  );
}

/** Time until enough query-cost points are restored, from `extensions.cost.throttleStatus`. */
export function throttleDelayMs(body: unknown): number | undefined {
  const requested = readPath(body, 'extensions.cost.requestedQueryCost');
  const available = readPath(body, 'extensions.cost.throttleStatus.currentlyAvailable');
  const rate = readPath(body, 'extensions.cost.throttleStatus.restoreRate');
  if (
    typeof requested !== 'number' ||
    typeof available !== 'number' ||
    typeof rate !== 'number' ||
    rate <= 0
  )
    return undefined;
  return Math.max(1_000, Math.ceil((Math.max(0, requested - available) / rate) * 1_000));
}

function entityOf(type: string): 'job' | 'client' {
  if (type === 'job' || type === 'client') return type;
  throw new ConnectorError(
    'permanent',
    `Jobber connector has no record type "${type}"; use job or client`,
  );
}

function stateOf(record: CachedRecord): RemoteState {
  return { status: record.status ?? '', version: record.version, record };
}

export { jobberPageId } from './jobber-record';
