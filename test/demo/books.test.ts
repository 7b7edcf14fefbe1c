import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DemoApps } from '../../demo/index';
import { groundTruth } from '../../demo/seed/index';
import { XSS_NAME } from '../../demo/seed/customers';
import { admin, callJson, fetchPage, qboQuery, REALM_PATH, signIn, startTestApps } from './helpers';

interface Invoice {
  Id: string;
  SyncToken: string;
  TotalAmt: number;
  Balance: number;
  EmailStatus: string;
  PrivateNote?: string;
  CustomerRef: { value: string; name: string };
}
interface Fault {
  Fault: { Error: { Message: string; Detail: string; code: string }[]; type: string };
}

let apps: DemoApps;
let cookie: string;
const probe = groundTruth(42).customers.find((customer) => customer.name === XSS_NAME);

beforeAll(async () => {
  apps = await startTestApps();
  cookie = await signIn(apps.books);
});
afterAll(() => apps.close());
beforeEach(() => admin(apps.books, '/__reset'));

/** Returns the raw HTML inside the <td> that follows the <th> with this label. */
function rowValue(page: string, label: string): string | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<th>${escaped}</th>\\s*<td>([^]*?)</td>`).exec(page)?.[1];
}

async function firstOpenInvoice(): Promise<Invoice> {
  const { body } = await callJson<{ QueryResponse: { Invoice: Invoice[] } }>(
    apps.books,
    qboQuery('select * from Invoice maxresults 1000'),
  );
  const invoice = body.QueryResponse.Invoice.find((item) => item.Balance > 0);
  if (!invoice) throw new Error('seed has no open invoice');
  return invoice;
}

function postInvoice(query: string, body: unknown) {
  return callJson<{ Invoice: Invoice } & Fault>(apps.books, `${REALM_PATH}/invoice${query}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

describe('books pages', () => {
  test('customer page escapes probe name', async () => {
    const page = await fetchPage(apps.books, `/app/customerdetail?nameId=${probe?.books}`, cookie);
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('<div id="record" data-entity="Customer">');
    expect(rowValue(page, 'Display name')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('list and invoice pages escape probe name', async () => {
    for (const path of ['/app/customers', '/app/invoices']) {
      const page = await fetchPage(apps.books, path, cookie);
      expect(page).not.toContain('<img');
      expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  test('invoice page shows labelled rows', async () => {
    const invoice = await firstOpenInvoice();
    const page = await fetchPage(apps.books, `/app/invoice?txnId=${invoice.Id}`, cookie);
    expect(page).toContain('<div id="record" data-entity="Invoice">');
    expect(rowValue(page, 'Date')).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    expect(rowValue(page, 'Due date')).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    expect(rowValue(page, 'Amount')).toMatch(/^\$[\d,]+\.\d\d$/);
    expect(rowValue(page, 'Status')).toMatch(/^(draft|sent)$/);
    expect(page).toContain(`data-customer-id="${invoice.CustomerRef.value}"`);
  });

  test('page without session redirects to login', async () => {
    const response = await fetch(`${apps.books.origin}/app/invoice?txnId=130`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?next=%2Fapp%2Finvoice%3FtxnId%3D130');
  });
});

describe('books API', () => {
  test('query pages and filters', async () => {
    const page = await callJson<{
      QueryResponse: { Customer: unknown[]; startPosition: number; maxResults: number };
    }>(apps.books, qboQuery('SELECT * FROM Customer STARTPOSITION 11 MAXRESULTS 5'));
    expect(page.status).toBe(200);
    expect(page.body.QueryResponse.Customer).toHaveLength(5);
    expect(page.body.QueryResponse.startPosition).toBe(11);
    expect(page.body.QueryResponse.maxResults).toBe(5);

    const future = await callJson<{ QueryResponse: Record<string, unknown> }>(
      apps.books,
      qboQuery("select * from Invoice where Metadata.LastUpdatedTime > '2030-01-01T00:00:00Z'"),
    );
    expect(future.body.QueryResponse).toEqual({});
  });

  test('bad query returns 400 fault', async () => {
    const { status, body } = await callJson<Fault>(apps.books, qboQuery('select * form Invoice'));
    expect(status).toBe(400);
    expect(body.Fault.type).toBe('ValidationFault');
    expect(body.Fault.Error[0]?.code).toBe('4000');
  });

  test('stale SyncToken returns 400 fault', async () => {
    const invoice = await firstOpenInvoice();
    const stale = String(Number(invoice.SyncToken) - 1);
    const { status, body } = await postInvoice('', {
      Id: invoice.Id,
      SyncToken: stale,
      sparse: true,
      Balance: 0,
    });
    expect(status).toBe(400);
    expect(body.Fault.type).toBe('ValidationFault');
    expect(body.Fault.Error[0]?.Message).toBe('Stale Object Error');
    expect(body.Fault.Error[0]?.code).toBe('5010');

    const missing = await postInvoice('', { Id: invoice.Id, sparse: true, Balance: 0 });
    expect(missing.status).toBe(400);
    expect(missing.body.Fault.Error[0]?.code).toBe('5010');
    const stats = await admin<{ writes: Record<string, number> }>(apps.books, '/__stats');
    expect(stats.writes[invoice.Id]).toBeUndefined();
  });

  test('sparse update marks paid and bumps SyncToken', async () => {
    const invoice = await firstOpenInvoice();
    const { status, body } = await postInvoice('?operation=update', {
      Id: invoice.Id,
      SyncToken: invoice.SyncToken,
      sparse: true,
      Balance: 0,
    });
    expect(status).toBe(200);
    expect(body.Invoice.Balance).toBe(0);
    expect(body.Invoice.SyncToken).toBe(String(Number(invoice.SyncToken) + 1));
  });

  test('repeated requestid writes once', async () => {
    const invoice = await firstOpenInvoice();
    const update = {
      Id: invoice.Id,
      SyncToken: invoice.SyncToken,
      sparse: true,
      EmailStatus: 'EmailSent',
    };
    const first = await postInvoice('?requestid=abc-1', update);
    const second = await postInvoice('?requestid=abc-1', update);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);

    const stats = await admin<{ writes: Record<string, number> }>(apps.books, '/__stats');
    expect(stats.writes[invoice.Id]).toBe(1);
    const third = await postInvoice('?requestid=abc-2', update);
    expect(third.status).toBe(400);
  });

  test('void and unvoid restore amounts', async () => {
    const invoice = await firstOpenInvoice();
    const voided = await postInvoice('?operation=void', {
      Id: invoice.Id,
      SyncToken: invoice.SyncToken,
    });
    expect(voided.status).toBe(200);
    expect(voided.body.Invoice.PrivateNote).toBe('Voided');
    expect(voided.body.Invoice.TotalAmt).toBe(0);
    expect(voided.body.Invoice.Balance).toBe(0);

    const restored = await postInvoice('?operation=unvoid', {
      Id: invoice.Id,
      SyncToken: voided.body.Invoice.SyncToken,
    });
    expect(restored.status).toBe(200);
    expect(restored.body.Invoice.PrivateNote).toBeUndefined();
    expect(restored.body.Invoice.TotalAmt).toBe(invoice.TotalAmt);
    expect(restored.body.Invoice.Balance).toBe(invoice.TotalAmt);
  });

  test('unvoid applies fields in one write', async () => {
    const invoice = await firstOpenInvoice();
    const voided = await postInvoice('?operation=void', {
      Id: invoice.Id,
      SyncToken: invoice.SyncToken,
    });
    const sent = await postInvoice('?operation=unvoid', {
      Id: invoice.Id,
      SyncToken: voided.body.Invoice.SyncToken,
      EmailStatus: 'EmailSent',
    });
    expect(sent.status).toBe(200);
    expect(sent.body.Invoice.EmailStatus).toBe('EmailSent');
    expect(sent.body.Invoice.Balance).toBe(invoice.TotalAmt);
    const stats = await admin<{ writes: Record<string, number> }>(apps.books, '/__stats');
    expect(stats.writes[invoice.Id]).toBe(2);
  });

  test('unvoid with invalid field stays void', async () => {
    const invoice = await firstOpenInvoice();
    const voided = await postInvoice('?operation=void', {
      Id: invoice.Id,
      SyncToken: invoice.SyncToken,
    });
    const rejected = await postInvoice('?operation=unvoid', {
      Id: invoice.Id,
      SyncToken: voided.body.Invoice.SyncToken,
      Balance: 12345.67,
    });
    expect(rejected.status).toBe(400);
    const after = await callJson<{ Invoice: { PrivateNote?: string } }>(
      apps.books,
      `${REALM_PATH}/invoice/${invoice.Id}`,
    );
    expect(after.body.Invoice.PrivateNote).toBe('Voided');
  });

  test('missing invoice returns fault 610', async () => {
    const { status, body } = await callJson<Fault>(apps.books, `${REALM_PATH}/invoice/99999`);
    expect(status).toBe(400);
    expect(body.Fault.Error[0]?.code).toBe('610');
  });

  test('wrong token returns 401 fault', async () => {
    const { status, body } = await callJson<Fault>(apps.books, qboQuery('select * from Invoice'), {
      headers: { authorization: 'Bearer wrong' },
    });
    expect(status).toBe(401);
    expect(body.Fault.type).toBe('AUTHENTICATION');
  });

  test('429 fault uses QBO throttle body', async () => {
    await admin(apps.books, '/__faults', { once: [{ kind: '429' }], retryAfter: { seconds: 3 } });
    const { status, headers, body } = await callJson<Fault>(
      apps.books,
      qboQuery('select * from Invoice'),
    );
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('3');
    expect(body.Fault.type).toBe('SERVICE');
    expect(body.Fault.Error[0]?.code).toBe('3001');
    expect(body.Fault.Error[0]?.Detail).toBe('ThrottleExceeded');
  });
});
