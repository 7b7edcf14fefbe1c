import { afterEach, describe, expect, test } from 'vitest';
import type { RestRecordType } from '../../../lib/config/rest-schema';
import type { SystemConfig } from '../../../lib/config/schema';
import { ConnectorError } from '../../../lib/connectors/errors';
import { createGenericRestConnector } from '../../../lib/connectors/generic-rest';
import type { RemoteState } from '../../../lib/connectors/types';
import { restSystem } from '../config/rest-system';
import { secretsOf, startDouble, type ApiDouble, type Handler } from './double';

const TOKEN = 'rest-token-0001';
let double: ApiDouble | undefined;

afterEach(async () => {
  await double?.close();
  double = undefined;
});

/** A work order as the extra demo app returns it. */
function order(id: number, revision = 1, state = 'new') {
  return {
    id: `wo_${id}`,
    ref: `WO-${1000 + id}`,
    title: `Order ${id}`,
    state,
    revision,
    amount: '120.50',
    job_ref: String(2000 + id),
    customer: { id: `c_${id}`, email: `c${id}@example.test` },
  };
}

async function connectorFor(
  handler: Handler,
  change: (settings: RestRecordType, system: SystemConfig) => void = () => undefined,
) {
  double = await startDouble(handler);
  const system = restSystem();
  system.connector.baseUrl = double.origin;
  const settings = system.connector.rest!.recordTypes.order!;
  settings.fields = { email: 'customer.email', title: 'title' };
  settings.amountPath = 'amount';
  settings.party = { recordType: 'customer', idPath: 'customer.id' };
  change(settings, system);
  const mappings = [
    {
      from: { system: 'dispatch', recordType: 'order', field: 'job_ref' },
      to: { system: 'scheduler', recordType: 'job' },
    },
  ];
  return createGenericRestConnector(system, secretsOf(TOKEN), fetch, mappings);
}

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ConnectorError))
    throw new Error(`expected a ConnectorError, got ${String(error)}`);
  return error;
}

const state = (record: ReturnType<typeof order>): RemoteState => ({
  status: record.state,
  version: String(record.revision),
  record: {
    key: '',
    system: 'dispatch',
    type: 'order',
    kind: 'work',
    id: record.id,
    pageId: record.ref,
    title: '',
    fields: {},
    xrefs: {},
    updatedAt: '',
  },
});

describe('generic REST list', () => {
  test('follows page numbers until null', async () => {
    const pages: Record<string, unknown> = {
      '1': { items: [order(1), order(2)], next: 2 },
      '2': { items: [order(3)], next: null },
    };
    const connector = await connectorFor((request) => ({
      body: pages[request.url.searchParams.get('page') ?? ''],
    }));
    const records = await connector.listAll('order');
    expect(records.map((record) => record.id)).toEqual(['wo_1', 'wo_2', 'wo_3']);
    expect(double!.received.map((request) => request.url.search)).toEqual(['?page=1', '?page=2']);
  });

  test('maps fields, party and cross-references', async () => {
    const connector = await connectorFor(() => ({
      body: { items: [order(7, 4, 'dispatched')], next: null },
    }));
    const [record] = await connector.listAll('order');
    expect(record).toMatchObject({
      key: 'dispatch:order:wo_7',
      pageId: 'WO-1007',
      title: 'Order 7',
      kind: 'work',
      status: 'dispatched',
      amount: 120.5,
      version: '4',
      partyKey: 'dispatch:customer:c_7',
      xrefs: { scheduler: 'job:2007' },
    });
    expect(record?.fields).toEqual({ email: 'c7@example.test' });
  });

  test('stops offset paging on short page', async () => {
    const all = [order(1), order(2), order(3)];
    const connector = await connectorFor(
      (request) => {
        const offset = Number(request.url.searchParams.get('offset'));
        return { body: { items: all.slice(offset, offset + 2) } };
      },
      (settings) => {
        settings.pagination = {
          style: 'offset',
          offsetParam: 'offset',
          limitParam: 'limit',
          pageSize: 2,
        };
      },
    );
    expect((await connector.listAll('order')).length).toBe(3);
    expect(double!.received.map((request) => request.url.search)).toEqual([
      '?offset=0&limit=2',
      '?offset=2&limit=2',
    ]);
  });

  test('follows cursors until empty', async () => {
    const connector = await connectorFor(
      (request) =>
        request.url.searchParams.get('cursor') === 'c2'
          ? { body: { data: [order(2)], paging: { next: '' } } }
          : { body: { data: [order(1)], paging: { next: 'c2' } } },
      (settings) => {
        settings.itemsPath = 'data';
        settings.pagination = {
          style: 'cursor',
          cursorParam: 'cursor',
          nextCursorPath: 'paging.next',
          sizeParam: 'limit',
          pageSize: 1,
        };
      },
    );
    expect((await connector.listAll('order')).map((record) => record.id)).toEqual(['wo_1', 'wo_2']);
  });

  test('rejects repeated cursor', async () => {
    const connector = await connectorFor(
      () => ({ body: { data: [order(1)], paging: { next: 'same' } } }),
      (settings) => {
        settings.itemsPath = 'data';
        settings.pagination = {
          style: 'cursor',
          cursorParam: 'cursor',
          nextCursorPath: 'paging.next',
          pageSize: 1,
        };
      },
    );
    const error = await failure(connector.listAll('order'));
    expect(error.kind).toBe('permanent');
    expect(error.message).toContain('cursor "same" twice');
  });

  test('names a wrong items path', async () => {
    const connector = await connectorFor(() => ({ body: { results: [] } }));
    expect((await failure(connector.listAll('order'))).message).toContain('fix itemsPath');
  });
});

describe('generic REST auth', () => {
  test('sends bearer token', async () => {
    const connector = await connectorFor(() => ({ body: order(1) }));
    await connector.read('order', 'wo_1');
    expect(double!.received[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test('sends API key header', async () => {
    const connector = await connectorFor(
      () => ({ body: order(1) }),
      (_settings, system) => {
        system.connector.auth = { type: 'apiKey', secretId: 'dispatch', header: 'X-Api-Key' };
      },
    );
    await connector.read('order', 'wo_1');
    expect(double!.received[0]?.headers['x-api-key']).toBe(TOKEN);
    expect(double!.received[0]?.headers.authorization).toBeUndefined();
  });

  test('sends no token for cookie auth', async () => {
    const connector = await connectorFor(
      () => ({ body: order(1) }),
      (_settings, system) => {
        system.connector.auth = { type: 'cookie' };
      },
    );
    await connector.read('order', 'wo_1');
    expect(double!.received[0]?.headers.authorization).toBeUndefined();
  });

  test('maps 401 to permanent', async () => {
    const connector = await connectorFor(() => ({
      status: 401,
      body: { error: { message: 'Invalid token' } },
    }));
    const error = await failure(connector.read('order', 'wo_1'));
    expect(error.kind).toBe('permanent');
    expect(error.message).toContain('Invalid token');
  });
});

describe('generic REST write', () => {
  test('puts status and revision in body', async () => {
    let stored = order(1, 3);
    const connector = await connectorFor((request) => {
      if (request.method === 'PUT')
        stored = { ...stored, state: (request.body as { state: string }).state, revision: 4 };
      return { body: stored };
    });
    const result = await connector.writeStatus('order', 'wo_1', 'done', {
      current: state(order(1, 3)),
      idempotencyKey: 'item-1',
    });

    const put = double!.received.find((request) => request.method === 'PUT');
    expect(put?.path).toBe('/api/work-orders/wo_1');
    expect(put?.body).toEqual({ state: 'done', revision: 3 });
    expect(put?.headers['idempotency-key']).toBe('item-1');
    expect(put?.headers['if-match']).toBeUndefined();
    expect(result.status).toBe('done');
    expect(result.version).toBe('4');
  });

  test('sends ETag as If-Match', async () => {
    const connector = await connectorFor(
      (request) => ({
        headers: { ETag: '"8"' },
        body: request.method === 'PATCH' ? { ...order(1), state: 'done' } : order(1),
      }),
      (settings) => {
        settings.version = { from: 'header', header: 'ETag' };
        settings.write = {
          method: 'PATCH',
          path: '/api/work-orders/{id}',
          body: '{"state": "{{status}}"}',
          versionIn: 'if-match',
        };
      },
    );
    const current = await connector.read('order', 'wo_1');
    expect(current.version).toBe('"8"');
    await connector.writeStatus('order', 'wo_1', 'done', { current, idempotencyKey: 'item-2' });
    const patch = double!.received.find((request) => request.method === 'PATCH');
    expect(patch?.headers['if-match']).toBe('"8"');
    expect(patch?.body).toEqual({ state: 'done' });
  });

  test('re-reads after empty write reply', async () => {
    const connector = await connectorFor((request) =>
      request.method === 'PUT' ? { status: 204 } : { body: { ...order(1), state: 'done' } },
    );
    const result = await connector.writeStatus('order', 'wo_1', 'done', {
      current: state(order(1)),
      idempotencyKey: 'k',
    });
    expect(result.status).toBe('done');
    expect(double!.received.map((request) => request.method)).toEqual(['PUT', 'GET']);
  });

  test('maps 409 to conflict', async () => {
    const connector = await connectorFor(() => ({
      status: 409,
      body: { error: { message: 'revision is 5, not 3' } },
    }));
    const error = await failure(
      connector.writeStatus('order', 'wo_1', 'done', {
        current: state(order(1, 3)),
        idempotencyKey: 'k',
      }),
    );
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('revision is 5');
  });

  test('maps 412 to conflict', async () => {
    const connector = await connectorFor(() => ({ status: 412 }));
    const error = await failure(
      connector.writeStatus('order', 'wo_1', 'done', {
        current: state(order(1)),
        idempotencyKey: 'k',
      }),
    );
    expect(error.kind).toBe('conflict');
  });

  test('maps 429 with Retry-After', async () => {
    const connector = await connectorFor(() => ({ status: 429, headers: { 'Retry-After': '7' } }));
    const error = await failure(
      connector.writeStatus('order', 'wo_1', 'done', {
        current: state(order(1)),
        idempotencyKey: 'k',
      }),
    );
    expect(error.kind).toBe('retryable');
    expect(error.retryAfterMs).toBe(7000);
  });

  test('maps 503 to retryable', async () => {
    const connector = await connectorFor(() => ({ status: 503 }));
    expect((await failure(connector.read('order', 'wo_1'))).kind).toBe('retryable');
  });

  test('rejects write without settings', async () => {
    const connector = await connectorFor(
      () => ({ body: order(1) }),
      (settings) => delete settings.write,
    );
    const error = await failure(
      connector.writeStatus('order', 'wo_1', 'done', {
        current: state(order(1)),
        idempotencyKey: 'k',
      }),
    );
    expect(error.kind).toBe('permanent');
    expect(double!.received).toEqual([]);
  });

  test('status text cannot reshape body', async () => {
    const connector = await connectorFor(() => ({ body: order(1) }));
    await connector.writeStatus('order', 'wo_1', '", "admin": true, "x": "', {
      current: state(order(1, 2)),
      idempotencyKey: 'k',
    });
    const put = double!.received.find((request) => request.method === 'PUT');
    expect(Object.keys(put?.body as object)).toEqual(['state', 'revision']);
  });

  test('describes write for dry runs', async () => {
    const connector = await connectorFor(() => ({}));
    expect(connector.describeWrite?.('order', 'wo 1', 'done')).toBe(
      'PUT /api/work-orders/wo%201 {"state":"done","revision":null}',
    );
  });
});
