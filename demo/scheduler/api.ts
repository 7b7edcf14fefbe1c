import { jsonReply, type Reply } from '../server/http';
import type { IdempotencyStore } from '../server/idempotency';
import type { RequestContext } from '../server/types';
import { schedulerError, schedulerErrors } from './errors';
import { listRecords } from './list';
import { patchJob } from './patch-job';
import { etag, type SchedulerStore } from './store';

const ROUTE = /^\/api\/v1\/(jobs|clients)(?:\/([^/]+))?\/?$/;

/** Routes a scheduler REST API request. */
export function handleSchedulerApi(
  store: SchedulerStore,
  idempotency: IdempotencyStore,
  context: RequestContext,
): Reply {
  const { method, url } = context;
  const match = ROUTE.exec(url.pathname);
  if (!match) return schedulerErrors.notFound(`No API route matches ${method} ${url.pathname}`);
  const [, collection, id] = match;

  if (method === 'PATCH' && collection === 'jobs' && id !== undefined) {
    return patchJob(store, idempotency, context, id);
  }
  if (method !== 'GET') {
    return schedulerError(
      405,
      'method_not_allowed',
      `${method} is not allowed on ${url.pathname}`,
      {
        allow: collection === 'jobs' && id !== undefined ? 'GET, PATCH' : 'GET',
      },
    );
  }
  if (collection === 'jobs') {
    if (id !== undefined) return oneRecord(store.jobs.get(id), 'job', id);
    const clientId = url.searchParams.get('client_id');
    return listRecords(store.jobs.values(), url.searchParams, (job) => {
      return clientId === null || job.client_id === clientId;
    });
  }
  if (id !== undefined) return oneRecord(store.clients.get(id), 'client', id);
  return listRecords(store.clients.values(), url.searchParams);
}

function oneRecord(record: { version: number } | undefined, kind: string, id: string): Reply {
  if (!record) return schedulerErrors.notFound(`No ${kind} with id ${id}`);
  return jsonReply(200, record, { etag: etag(record.version) });
}
