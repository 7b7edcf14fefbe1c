import { afterEach, describe, expect, test } from 'vitest';
import { createConnector } from '../../../lib/connectors';
import { QBO_PRESET } from '../../../lib/connectors/presets/qbo';
import { failure, presetSystem, seen, TOKEN } from './contract-helpers';
import { secretsOf, startDouble, type ApiDouble, type Received, type Reply } from './double';

const REALM = '9130357766433';
let double: ApiDouble | undefined;

afterEach(async () => {
  await double?.close();
  double = undefined;
});

interface Invoice {
  Id: string;
  SyncToken: string;
  DocNumber: string;
  EmailStatus: string;
  Balance: number;
  TotalAmt: number;
  CustomerRef: { value: string };
  Line: { Amount: number; Description: string }[];
  MetaData: { LastUpdatedTime: string };
}

function invoice(id: number): Invoice {
  return {
    Id: String(id),
    SyncToken: '0',
    DocNumber: `10${id}`,
    EmailStatus: 'NotSet',
    Balance: 250,
    TotalAmt: 250,
    CustomerRef: { value: '58' },
    Line: [{ Amount: 250, Description: `Service ${id}` }],
    MetaData: { LastUpdatedTime: '2025-03-14T10:00:00-07:00' },
  };
}

function fault(code: string, message: string, type = 'ValidationFault') {
  return {
    Fault: { Error: [{ Message: message, Detail: message, code }], type },
    time: '2025-03-14T10:00:00.000-07:00',
  };
}

/** Plays QuickBooks Online v3: the query endpoint, invoice read, and sparse update with SyncToken. */
async function quickbooks(errors: Reply[] = [], count = 3) {
  const invoices = new Map(
    Array.from({ length: count }, (_, index) => [String(index + 1), invoice(index + 1)]),
  );
  double = await startDouble((request: Received) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`)
      return { status: 401, body: fault('3200', 'AuthenticationFailed', 'AUTHENTICATION') };
    const scripted = errors.shift();
    if (scripted) return scripted;
    const base = `/v3/company/${REALM}`;
    if (request.path === `${base}/query`) {
      const query = request.url.searchParams.get('query') ?? '';
      const [, start = '1', max = '1000'] =
        /startposition (\d+) maxresults (\d+)/.exec(query) ?? [];
      const page = [...invoices.values()].slice(Number(start) - 1, Number(start) - 1 + Number(max));
      return {
        body: {
          QueryResponse: { Invoice: page, startPosition: Number(start), maxResults: page.length },
        },
      };
    }
    const read = new RegExp(`^${base}/invoice/(\\d+)$`).exec(request.path);
    if (read?.[1])
      return invoices.has(read[1])
        ? { body: { Invoice: invoices.get(read[1]) } }
        : { status: 400, body: fault('610', 'Object Not Found') };
    if (request.path === `${base}/invoice` && request.method === 'POST')
      return update(invoices, request);
    return { status: 404, body: fault('0', 'Unsupported') };
  });
  return createConnector(
    presetSystem(QBO_PRESET, double.origin, { realmId: REALM }),
    secretsOf(TOKEN),
    fetch,
  );
}

function update(invoices: Map<string, Invoice>, request: Received): Reply {
  const body = request.body as Partial<Invoice> & { sparse?: boolean };
  const current = invoices.get(String(body.Id));
  if (!current) return { status: 400, body: fault('610', 'Object Not Found') };
  if (body.SyncToken !== current.SyncToken) {
    return {
      status: 400,
      body: fault(
        '5010',
        `Stale Object Error : You and ${'someone'} were working on this at the same time.`,
      ),
    };
  }
  const fields: Record<string, unknown> = { ...body };
  for (const key of ['Id', 'SyncToken', 'sparse']) delete fields[key];
  const next = { ...current, ...fields, SyncToken: String(Number(current.SyncToken) + 1) };
  invoices.set(current.Id, next);
  return { body: { Invoice: next, time: '2025-03-14T10:00:00.000-07:00' } };
}

describe('QuickBooks preset', () => {
  test('pages the query endpoint', async () => {
    const connector = await quickbooks([], 150);
    const records = await connector.listAll('invoice');
    expect(records.length).toBe(150);
    const queries = double!.received.map((request) => request.url.searchParams.get('query'));
    expect(queries).toEqual([
      'select * from Invoice startposition 1 maxresults 100',
      'select * from Invoice startposition 101 maxresults 100',
    ]);
  });

  test('sends SyncToken and requestid', async () => {
    const connector = await quickbooks();
    const current = await connector.read('invoice', '2');
    const state = await connector.writeStatus('invoice', '2', 'sent', {
      current,
      idempotencyKey: 'b-1.item',
    });
    const post = double!.received.find((request) => request.method === 'POST');
    expect(post?.url.searchParams.get('requestid')).toBe('b-1.item');
    expect(post?.body).toMatchObject({
      Id: '2',
      SyncToken: '0',
      sparse: true,
      EmailStatus: 'EmailSent',
    });
    expect(state.status).toBe('sent');
    expect(state.version).toBe('1');
  });

  test('stale SyncToken is a conflict', async () => {
    const connector = await quickbooks();
    const error = await failure(
      connector.writeStatus('invoice', '1', 'sent', seen('draft', '7', 250)),
    );
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('Stale Object Error');
  });

  test('throttle fault is retryable', async () => {
    const connector = await quickbooks([
      {
        status: 429,
        headers: { 'Retry-After': '60' },
        body: fault(
          '3001',
          'message=ThrottleExceeded; errorCode=003001; statusCode=429',
          'SERVICE',
        ),
      },
    ]);
    const error = await failure(connector.read('invoice', '1'));
    expect(error.kind).toBe('retryable');
    expect(error.retryAfterMs).toBe(60_000);
  });

  test('invalid token is permanent', async () => {
    double = await startDouble(() => ({
      status: 401,
      body: fault('3200', 'AuthenticationFailed', 'AUTHENTICATION'),
    }));
    const connector = createConnector(
      presetSystem(QBO_PRESET, double.origin, { realmId: REALM }),
      secretsOf('expired'),
      fetch,
    );
    expect((await failure(connector.read('invoice', '1'))).kind).toBe('permanent');
  });

  test('preset needs the realm id', () => {
    const system = presetSystem(QBO_PRESET, 'http://127.0.0.1:1');
    expect(system.connector.realmId).toBeUndefined();
    expect(() => createConnector(system, secretsOf(TOKEN), fetch)).toThrow('realmId');
  });
});
