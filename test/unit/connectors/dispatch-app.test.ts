import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { EXTRA_TOKEN, startExtraApp, type ExtraApp } from '../../../demo/extra/server';
import { ConnectorError } from '../../../lib/connectors/errors';
import { createGenericRestConnector } from '../../../lib/connectors/generic-rest';
import type { Connector } from '../../../lib/connectors/types';
import { restSystem } from '../config/rest-system';
import { secretsOf } from './double';

let app: ExtraApp;
let connector: Connector;

beforeAll(async () => {
  app = await startExtraApp({ port: 0 });
});

afterAll(async () => {
  await app?.close();
});

beforeEach(async () => {
  await fetch(`${app.origin}/__reset`, { method: 'POST' });
  const system = restSystem();
  system.connector.baseUrl = app.origin;
  const settings = system.connector.rest!.recordTypes.order!;
  settings.pagination = {
    style: 'page',
    pageParam: 'page',
    sizeParam: 'per_page',
    pageSize: 100,
    firstPage: 1,
    nextPagePath: 'next',
  };
  const mappings = [
    {
      from: { system: 'dispatch', recordType: 'order', field: 'job_ref' },
      to: { system: 'scheduler', recordType: 'job' },
    },
  ];
  connector = createGenericRestConnector(system, secretsOf(EXTRA_TOKEN), fetch, mappings);
});

describe('generic connector on Demo Dispatch', () => {
  test('lists every work order', async () => {
    const records = await connector.listAll('order');
    expect(records.length).toBeGreaterThan(100);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    expect(records[0]?.pageId).toMatch(/^WO-\d+$/);
    expect(records[0]?.id).toMatch(/^wo_[0-9a-f]{8}$/);
    expect(records[0]?.xrefs.scheduler).toMatch(/^job:\d+$/);
  });

  test('writes state with revision', async () => {
    const [first] = await connector.listAll('order');
    const current = await connector.read('order', first!.id);
    const next = current.status === 'done' ? 'billed' : 'done';
    const written = await connector.writeStatus('order', first!.id, next, {
      current,
      idempotencyKey: 'k-1',
    });
    expect(written.status).toBe(next);
    expect(Number(written.version)).toBe(Number(current.version) + 1);
  });

  test('stale revision is a conflict', async () => {
    const [first] = await connector.listAll('order');
    const current = await connector.read('order', first!.id);
    await connector.writeStatus('order', first!.id, 'billed', { current, idempotencyKey: 'k-2' });
    const error = await connector
      .writeStatus('order', first!.id, 'void', { current, idempotencyKey: 'k-3' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).kind).toBe('conflict');
  });

  test('replays idempotent write', async () => {
    const [first] = await connector.listAll('order');
    const current = await connector.read('order', first!.id);
    await connector.writeStatus('order', first!.id, 'billed', { current, idempotencyKey: 'same' });
    const again = await connector.writeStatus('order', first!.id, 'billed', {
      current,
      idempotencyKey: 'same',
    });
    expect(again.status).toBe('billed');
    const stats = (await (await fetch(`${app.origin}/__stats`)).json()) as {
      writes: Record<string, number>;
    };
    expect(stats.writes[first!.id]).toBe(1);
  });

  test('rejects wrong token', async () => {
    const system = restSystem();
    system.connector.baseUrl = app.origin;
    const wrong = createGenericRestConnector(system, secretsOf('wrong-token'), fetch);
    const error = await wrong.read('order', 'wo_00000000').catch((caught: unknown) => caught);
    expect((error as ConnectorError).kind).toBe('permanent');
    expect((error as ConnectorError).httpStatus).toBe(401);
  });
});
