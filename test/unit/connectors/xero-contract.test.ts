import { afterEach, describe, expect, test } from 'vitest';
import { createConnector } from '../../../lib/connectors';
import { XERO_PRESET } from '../../../lib/connectors/presets/xero';
import { xeroDate } from '../../../lib/connectors/xero';
import { failure, presetSystem, seen, TOKEN } from './contract-helpers';
import { secretsOf, startDouble, type ApiDouble, type Received, type Reply } from './double';

const TENANT = '70784a63-d24b-46a9-a4db-0e70a274b056';
let double: ApiDouble | undefined;

afterEach(async () => {
  await double?.close();
  double = undefined;
});

interface XeroInvoice {
  InvoiceID: string;
  InvoiceNumber: string;
  Type: 'ACCREC';
  Status: string;
  Contact: { ContactID: string; Name: string };
  Total: number;
  UpdatedDateUTC: string;
}

let clock = 1_741_910_400_000;

function invoice(index: number): XeroInvoice {
  return {
    InvoiceID: `00000000-0000-0000-0000-${String(index).padStart(12, '0')}`,
    InvoiceNumber: `INV-${index}`,
    Type: 'ACCREC',
    Status: 'DRAFT',
    Contact: { ContactID: 'c-1', Name: 'Boral Pty Ltd' },
    Total: 330,
    UpdatedDateUTC: `/Date(${clock}+0000)/`,
  };
}

function validation(message: string) {
  return {
    ErrorNumber: 10,
    Type: 'ValidationException',
    Message: 'A validation exception occurred',
    Elements: [{ ValidationErrors: [{ Message: message }] }],
  };
}

/** Plays Xero's Invoices endpoints: 100 per page, POST to update, tenant header required. */
async function xero(errors: Reply[] = [], count = 3) {
  const invoices = new Map(
    Array.from({ length: count }, (_, index) => invoice(index + 1)).map((item) => [
      item.InvoiceID,
      item,
    ]),
  );
  double = await startDouble((request: Received) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`)
      return {
        status: 401,
        body: {
          Type: null,
          Title: 'Unauthorized',
          Status: 401,
          Detail: 'AuthenticationUnsuccessful',
        },
      };
    if (request.headers['xero-tenant-id'] !== TENANT)
      return {
        status: 403,
        body: { Type: null, Title: 'Forbidden', Status: 403, Detail: 'AuthenticationUnsuccessful' },
      };
    const scripted = errors.shift();
    if (scripted) return scripted;
    if (request.path === '/api.xro/2.0/Invoices') {
      const page = Number(request.url.searchParams.get('page') ?? '1');
      return { body: { Invoices: [...invoices.values()].slice((page - 1) * 100, page * 100) } };
    }
    const match = /^\/api\.xro\/2\.0\/Invoices\/([\w-]+)$/.exec(request.path);
    const found = match?.[1] ? invoices.get(match[1]) : undefined;
    if (!found) return { status: 404, body: { Title: 'Not Found', Status: 404 } };
    if (request.method === 'POST') return update(found, request);
    return { body: { Invoices: [found] } };
  });
  return createConnector(
    presetSystem(XERO_PRESET, double.origin, { tenantId: TENANT }),
    secretsOf(TOKEN),
    fetch,
  );
}

function update(found: XeroInvoice, request: Received): Reply {
  const status = (request.body as { Invoices: { Status: string }[] }).Invoices[0]?.Status ?? '';
  if (status === 'VOIDED' && found.Status === 'DRAFT')
    return { status: 400, body: validation('Invoice not of valid status for modification') };
  clock += 60_000;
  Object.assign(found, { Status: status, UpdatedDateUTC: `/Date(${clock}+0000)/` });
  return { body: { Invoices: [found] } };
}

describe('Xero preset', () => {
  test('pages 100 invoices at a time', async () => {
    const connector = await xero([], 130);
    expect((await connector.listAll('invoice')).length).toBe(130);
    expect(double!.received.map((request) => request.url.search)).toEqual(['?page=1', '?page=2']);
  });

  test('sends tenant header and bearer', async () => {
    const connector = await xero();
    const [first] = await connector.listAll('invoice');
    expect(first?.pageId).toBe(first?.id);
    expect(double!.received[0]?.headers['xero-tenant-id']).toBe(TENANT);
  });

  test('posts status with idempotency key', async () => {
    const connector = await xero();
    const id = invoice(2).InvoiceID;
    const current = await connector.read('invoice', id);
    const state = await connector.writeStatus('invoice', id, 'AUTHORISED', {
      current,
      idempotencyKey: 'b-9.item',
    });
    const post = double!.received.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({ Invoices: [{ InvoiceID: id, Status: 'AUTHORISED' }] });
    expect(post?.headers['idempotency-key']).toBe('b-9.item');
    expect(state.status).toBe('AUTHORISED');
    expect(state.version).not.toBe(current.version);
  });

  test('moved UpdatedDateUTC is a conflict', async () => {
    const connector = await xero();
    const id = invoice(1).InvoiceID;
    const error = await failure(
      connector.writeStatus('invoice', id, 'AUTHORISED', seen('DRAFT', '/Date(1+0000)/')),
    );
    expect(error.kind).toBe('conflict');
    expect(double!.received.some((request) => request.method === 'POST')).toBe(false);
  });

  test('never writes PAID', async () => {
    const connector = await xero();
    const error = await failure(
      connector.writeStatus('invoice', invoice(1).InvoiceID, 'PAID', seen('AUTHORISED')),
    );
    expect(error.kind).toBe('permanent');
    expect(error.message).toContain('record the payment');
  });

  test('validation error is permanent', async () => {
    const connector = await xero();
    const id = invoice(1).InvoiceID;
    const current = await connector.read('invoice', id);
    const error = await failure(
      connector.writeStatus('invoice', id, 'VOIDED', { current, idempotencyKey: 'k' }),
    );
    expect(error.kind).toBe('permanent');
    expect(error.message).toContain('not of valid status');
  });

  test('429 carries Retry-After and problem', async () => {
    const connector = await xero([
      { status: 429, headers: { 'Retry-After': '45', 'X-Rate-Limit-Problem': 'minute' } },
    ]);
    const error = await failure(connector.read('invoice', invoice(1).InvoiceID));
    expect(error.kind).toBe('retryable');
    expect(error.retryAfterMs).toBe(45_000);
    expect(error.message).toContain('minute limit');
  });

  test('converts Xero dates', () => {
    expect(xeroDate('/Date(1518685950940+0000)/')).toBe('2018-02-15T09:12:30.940Z');
  });
});
