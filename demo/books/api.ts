import { jsonReply, type Reply } from '../server/http';
import type { IdempotencyStore } from '../server/idempotency';
import type { RequestContext } from '../server/types';
import { booksErrors, objectNotFoundFault, qboFault, validationFault } from './errors';
import { qboTime } from './format';
import { parseQuery, QueryError } from './query';
import { runQuery } from './query-run';
import { customerToApi, invoiceToApi } from './serialize';
import type { BooksStore } from './store';
import { writeInvoice } from './writes';

export const REALM_ID = '9130357766433';
const COMPANY_ROUTE = /^\/v3\/company\/([^/]+)\/(.*)$/;
const ENTITY_ROUTE = /^(customer|invoice)\/([^/]+)$/;

/** Routes a QuickBooks Online v3 API request. */
export function handleBooksApi(
  store: BooksStore,
  idempotency: IdempotencyStore,
  context: RequestContext,
): Reply {
  const { method, url } = context;
  const route = COMPANY_ROUTE.exec(url.pathname);
  if (!route) return booksErrors.notFound(`No API route matches ${method} ${url.pathname}`);
  const [, realm, rest = ''] = route;
  if (realm !== REALM_ID) {
    return qboFault(403, 'SERVICE', {
      Message: 'message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403',
      Detail: `Realm ${realm} is not connected. The demo company is realm ${REALM_ID}.`,
      code: '3100',
    });
  }
  if (method === 'GET' && rest === 'query') return query(store, url.searchParams.get('query'));
  const entity = ENTITY_ROUTE.exec(rest);
  if (method === 'GET' && entity) return readEntity(store, entity[1] ?? '', entity[2] ?? '');
  if (method === 'POST' && rest === 'invoice') return writeInvoice(store, idempotency, context);
  return booksErrors.notFound(`No API route matches ${method} ${url.pathname}`);
}

function query(store: BooksStore, text: string | null): Reply {
  let parsed;
  try {
    parsed = parseQuery(text ?? '');
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    return validationFault('Error parsing query', `QueryParserError: ${error.message}`, '4000');
  }
  const objects =
    parsed.entity === 'Customer'
      ? [...store.customers.values()].map(customerToApi)
      : [...store.invoices.values()].map((invoice) =>
          invoiceToApi(invoice, store.customerName(invoice.customerId)),
        );
  const result = runQuery(parsed, objects);
  if ('count' in result)
    return jsonReply(200, { QueryResponse: { totalCount: result.count }, time: qboTime() });
  if (result.objects.length === 0) return jsonReply(200, { QueryResponse: {}, time: qboTime() });
  return jsonReply(200, {
    QueryResponse: {
      [parsed.entity]: result.objects,
      startPosition: parsed.startPosition,
      maxResults: result.objects.length,
    },
    time: qboTime(),
  });
}

function readEntity(store: BooksStore, entity: string, id: string): Reply {
  if (entity === 'customer') {
    const customer = store.customers.get(id);
    if (!customer) return objectNotFoundFault('Customer', id);
    return jsonReply(200, { Customer: customerToApi(customer), time: qboTime() });
  }
  const invoice = store.invoices.get(id);
  if (!invoice) return objectNotFoundFault('Invoice', id);
  return jsonReply(200, {
    Invoice: invoiceToApi(invoice, store.customerName(invoice.customerId)),
    time: qboTime(),
  });
}
