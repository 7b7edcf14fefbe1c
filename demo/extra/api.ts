import { jsonReply, headerValue, isPlainObject, parseJson, type Reply } from '../server/http';
import type { IdempotencyStore } from '../server/idempotency';
import type { RequestContext } from '../server/types';
import { WORK_ORDER_STATES, type WorkOrderState, type WorkOrderStore } from './store';

const ROUTE = /^\/api\/work-orders(?:\/([^/]+))?\/?$/;
const MAX_PER_PAGE = 100;

/** Error body of the dispatch API: `{ "error": { "code", "message" } }`. */
export function apiError(status: number, code: string, message: string): Reply {
  return jsonReply(status, { error: { code, message } });
}

/**
 * Routes the dispatch JSON API: a paged list, one order by API id, and PUT to change its
 * state. A PUT must carry the revision it read (409 when stale); an Idempotency-Key replays
 * the first successful reply.
 */
export function handleDispatchApi(
  store: WorkOrderStore,
  idempotency: IdempotencyStore,
  context: RequestContext,
): Reply {
  const match = ROUTE.exec(context.url.pathname);
  if (!match)
    return apiError(
      404,
      'not_found',
      `No API route matches ${context.method} ${context.url.pathname}`,
    );
  const id = match[1];

  if (id === undefined && context.method === 'GET')
    return listOrders(store, context.url.searchParams);
  if (id === undefined)
    return apiError(405, 'method_not_allowed', `${context.method} is not allowed on the list`);

  const order = store.byId(decodeURIComponent(id));
  if (!order) return apiError(404, 'not_found', `No work order with id ${id}`);
  if (context.method === 'GET') return jsonReply(200, order);
  if (context.method !== 'PUT')
    return apiError(405, 'method_not_allowed', `${context.method} is not allowed; use GET or PUT`);

  const key = headerValue(context.headers['idempotency-key']);
  const fingerprint = `PUT ${context.url.pathname} ${context.body}`;
  const stored = key === undefined ? undefined : idempotency.lookup(key, fingerprint);
  if (stored === 'mismatch')
    return apiError(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was used for another request',
    );
  if (stored) return stored;

  const reply = updateOrder(store, order.id, context);
  if (key !== undefined) idempotency.remember(key, fingerprint, reply);
  return reply;
}

function listOrders(store: WorkOrderStore, query: URLSearchParams): Reply {
  const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(query.get('per_page') ?? '50') || 50));
  const all = store.all();
  const items = all.slice((page - 1) * perPage, page * perPage);
  const next = page * perPage < all.length ? page + 1 : null;
  return jsonReply(200, { items, page, next });
}

function updateOrder(store: WorkOrderStore, id: string, context: RequestContext): Reply {
  const order = store.byId(id);
  const input = parseJson(context.body);
  if (!order) return apiError(404, 'not_found', `No work order with id ${id}`);
  if (!isPlainObject(input))
    return apiError(
      400,
      'bad_request',
      'Body must be a JSON object like {"state":"done","revision":3}',
    );

  if (input.revision !== order.revision) {
    const message = `revision ${JSON.stringify(input.revision)} is stale; the order is at revision ${order.revision}. Fetch it again.`;
    return apiError(409, 'stale_revision', message);
  }
  if (!WORK_ORDER_STATES.includes(input.state as WorkOrderState)) {
    const message = `state must be one of ${WORK_ORDER_STATES.join(', ')}, got ${JSON.stringify(input.state)}`;
    return apiError(422, 'validation_failed', message);
  }
  store.setState(order, input.state as WorkOrderState);
  context.recordWrite(order.id);
  return jsonReply(200, structuredClone(order));
}
