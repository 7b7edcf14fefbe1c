import { adminError } from '../server/admin';
import { IdempotencyStore } from '../server/idempotency';
import { jsonReply, type Reply } from '../server/http';
import { isReply, parseMutateRequest } from '../server/mutate';
import type { DemoApp } from '../server/types';
import type { BooksSeed } from '../seed/books';
import { isCanonicalStatus, STATUS_MAP, type BooksStatus } from '../seed/statuses';
import { handleBooksApi } from './api';
import { booksErrors } from './errors';
import { qboTime } from './format';
import { applyStatus } from './invoice-status';
import { handleBooksPage } from './pages';
import { invoiceToApi } from './serialize';
import { BooksStore } from './store';

export const BOOKS_TOKEN = 'demo-books-token';
const BOOKS_STATUSES: readonly BooksStatus[] = ['draft', 'sent', 'paid', 'void'];

/** Creates the QuickBooks Online-like accounting app: server-rendered pages over the v3 API. */
export function createBooksApp(seed: BooksSeed): DemoApp {
  const store = new BooksStore(seed);
  const idempotency = new IdempotencyStore();
  return {
    name: 'books',
    title: 'Demo Books',
    cookieName: 'books_session',
    apiToken: BOOKS_TOKEN,
    homePath: '/app/invoices',
    errors: booksErrors,
    isApiPath: (path) => path.startsWith('/v3/'),
    reset: () => {
      store.reset();
      idempotency.clear();
    },
    handleApi: (context) => handleBooksApi(store, idempotency, context),
    handlePage: (context) => handleBooksPage(store, context),
    mutate: (input) => mutateInvoice(store, input),
  };
}

/** Accepts a Books status (draft, sent, paid, void) or a canonical status. */
function mutateInvoice(store: BooksStore, input: unknown): Reply {
  const request = parseMutateRequest(input, ['invoice', 'Invoice']);
  if (isReply(request)) return request;
  const status = BOOKS_STATUSES.find((candidate) => candidate === request.status);
  const resolved =
    status ?? (isCanonicalStatus(request.status) ? STATUS_MAP[request.status].books : undefined);
  if (!resolved) {
    return adminError(
      400,
      `Unknown invoice status ${request.status}. Use draft, sent, paid, void or a canonical status`,
    );
  }
  const invoice = store.invoices.get(request.id);
  if (!invoice) return adminError(404, `No invoice with id ${request.id}`);
  applyStatus(invoice, resolved);
  store.touch(invoice);
  return jsonReply(200, {
    Invoice: invoiceToApi(invoice, store.customerName(invoice.customerId)),
    time: qboTime(),
  });
}
