import { isPlainObject, jsonReply, parseJson, type Reply } from '../server/http';
import type { IdempotencyStore } from '../server/idempotency';
import type { RequestContext } from '../server/types';
import { objectNotFoundFault, staleObjectFault, validationFault } from './errors';
import { qboTime } from './format';
import { deriveStatus, unvoidInvoice, voidInvoice } from './invoice-status';
import type { BooksInvoice } from './records';
import { invoiceToApi } from './serialize';
import type { BooksStore } from './store';

const SPARSE_FIELDS = new Set(['Id', 'SyncToken', 'sparse', 'EmailStatus', 'Balance']);
const EMAIL_STATUSES = new Set(['NotSet', 'EmailSent']);

/**
 * Handles POST invoice with ?operation=update (the default), void or unvoid. A repeated
 * ?requestid returns the first successful reply without writing again, whatever the body.
 */
export function writeInvoice(
  store: BooksStore,
  idempotency: IdempotencyStore,
  context: RequestContext,
): Reply {
  const requestId = context.url.searchParams.get('requestid');
  if (requestId !== null) {
    const stored = idempotency.lookup(requestId, '');
    if (stored !== undefined && stored !== 'mismatch') return stored;
  }
  const reply = applyWrite(store, context);
  if (requestId !== null) idempotency.remember(requestId, '', reply);
  return reply;
}

function applyWrite(store: BooksStore, context: RequestContext): Reply {
  const operation = context.url.searchParams.get('operation') ?? 'update';
  if (!['update', 'void', 'unvoid'].includes(operation)) {
    return invalid(`Unsupported operation "${operation}": use update, void or unvoid`);
  }
  const input = parseJson(context.body);
  if (!isPlainObject(input)) return invalid('Request body must be a JSON Invoice object');
  if (typeof input.Id !== 'string' || input.Id === '') {
    return validationFault(
      'Required param missing, need to supply the required value for the API',
      'Required parameter Id is missing in the request',
      '2020',
    );
  }
  const invoice = store.invoices.get(input.Id);
  if (!invoice) return objectNotFoundFault('Invoice', input.Id);
  if (input.SyncToken === undefined || String(input.SyncToken) !== String(invoice.syncToken)) {
    return staleObjectFault();
  }

  const problem =
    operation === 'void'
      ? applyVoid(invoice)
      : operation === 'unvoid'
        ? applyUnvoid(invoice, input)
        : applySparseUpdate(invoice, input);
  if (problem) return problem;
  store.touch(invoice);
  context.recordWrite(invoice.id);
  const body = {
    Invoice: invoiceToApi(invoice, store.customerName(invoice.customerId)),
    time: qboTime(),
  };
  return jsonReply(200, body);
}

/** Applies a sparse update of EmailStatus and Balance. Returns a fault and changes nothing on error. */
function applySparseUpdate(
  invoice: BooksInvoice,
  input: Record<string, unknown>,
): Reply | undefined {
  if (input.sparse !== true) {
    return invalid('The demo supports sparse updates only: send "sparse": true');
  }
  const unsupported = Object.keys(input).filter((key) => !SPARSE_FIELDS.has(key));
  if (unsupported.length > 0) {
    return invalid(
      `Unsupported fields ${unsupported.join(', ')}: a sparse update may set EmailStatus and Balance`,
    );
  }
  if (deriveStatus(invoice) === 'void')
    return businessRule('The invoice is void. Unvoid it before changing it.');
  const { EmailStatus, Balance } = input;
  if (EmailStatus !== undefined && !EMAIL_STATUSES.has(EmailStatus as string)) {
    return invalid(`EmailStatus must be NotSet or EmailSent, got ${JSON.stringify(EmailStatus)}`);
  }
  if (Balance !== undefined && Balance !== 0 && Balance !== invoice.totalAmt) {
    return invalid(
      `Balance must be 0 (paid in full) or TotalAmt ${invoice.totalAmt}, got ${JSON.stringify(Balance)}`,
    );
  }
  if (EmailStatus !== undefined) invoice.emailStatus = EmailStatus as BooksInvoice['emailStatus'];
  if (Balance !== undefined) invoice.balance = Balance as number;
  return undefined;
}

function applyVoid(invoice: BooksInvoice): Reply | undefined {
  voidInvoice(invoice);
  return undefined;
}

/**
 * Restores a voided invoice's amounts. EmailStatus and Balance in the same body are applied in
 * the same write, so moving a void invoice to sent or paid takes one request. On an invalid
 * field the invoice stays void.
 */
function applyUnvoid(invoice: BooksInvoice, input: Record<string, unknown>): Reply | undefined {
  if (deriveStatus(invoice) !== 'void')
    return businessRule('The invoice is not void, so it cannot be unvoided.');
  const before = { ...invoice };
  unvoidInvoice(invoice);
  const { EmailStatus, Balance } = input;
  if (EmailStatus === undefined && Balance === undefined) return undefined;

  const problem = applySparseUpdate(invoice, {
    Id: input.Id,
    SyncToken: input.SyncToken,
    sparse: true,
    EmailStatus,
    Balance,
  });
  if (problem) Object.assign(invoice, before);
  return problem;
}

function invalid(detail: string): Reply {
  return validationFault('Request has invalid or unsupported property', detail, '2010');
}

function businessRule(detail: string): Reply {
  return validationFault(
    'A business validation error has occurred while processing your request',
    `Business Validation Error: ${detail}`,
    '6000',
  );
}
