import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DemoApps } from '../../demo/index';
import { admin, callApi, callJson, startTestApps } from './helpers';

interface Stats {
  requests: number;
  writes: Record<string, number>;
  log: { method: string; path: string; status: number; at: string; fault?: string }[];
}

let apps: DemoApps;

beforeAll(async () => {
  apps = await startTestApps();
});
afterAll(() => apps.close());
beforeEach(async () => {
  await Promise.all([apps.crm, apps.books, apps.scheduler].map((app) => admin(app, '/__reset')));
});

function patchStage(dealstage: string) {
  return callApi(apps.crm, '/crm/v3/objects/deals/9001', {
    method: 'PATCH',
    body: JSON.stringify({ properties: { dealstage } }),
  });
}

describe('fault injection', () => {
  test('one-shot faults fire in order', async () => {
    await admin(apps.crm, '/__faults', {
      once: [{ kind: '5xx', match: 'writes' }, { kind: '429' }],
    });
    const read = await callApi(apps.crm, '/crm/v3/objects/deals/9001');
    expect(read.status).toBe(429);
    const write = await patchStage('closedwon');
    expect(write.status).toBe(500);
    const retry = await patchStage('closedwon');
    expect(retry.status).toBe(200);

    const faults = await admin<{ once: unknown[] }>(apps.crm, '/__faults');
    expect(faults.once).toEqual([]);
  });

  test('dropAfterCommit commits then drops', async () => {
    await admin(apps.crm, '/__faults', { once: [{ kind: 'dropAfterCommit' }] });
    await expect(patchStage('closedwon')).rejects.toThrow();

    const deal = await callJson<{ properties: { dealstage: string } }>(
      apps.crm,
      '/crm/v3/objects/deals/9001',
    );
    expect(deal.body.properties.dealstage).toBe('closedwon');
    const stats = await admin<Stats>(apps.crm, '/__stats');
    expect(stats.writes['9001']).toBe(1);
    const dropped = stats.log.find((entry) => entry.method === 'PATCH');
    expect(dropped?.status).toBe(0);
    expect(dropped?.fault).toBe('dropAfterCommit');
  });

  test('dropped QBO write replays by requestid', async () => {
    const realm = '/v3/company/9130357766433';
    const invoice = await callJson<{ Invoice: { Id: string; SyncToken: string } }>(
      apps.books,
      `${realm}/invoice/130`,
    );
    const body = JSON.stringify({
      Id: '130',
      SyncToken: invoice.body.Invoice.SyncToken,
      sparse: true,
      Balance: 0,
    });
    await admin(apps.books, '/__faults', { once: [{ kind: 'dropAfterCommit' }] });
    const path = `${realm}/invoice?requestid=retry-1`;
    await expect(callApi(apps.books, path, { method: 'POST', body })).rejects.toThrow();

    const retry = await callJson<{ Invoice: { Balance: number } }>(apps.books, path, {
      method: 'POST',
      body,
    });
    expect(retry.status).toBe(200);
    expect(retry.body.Invoice.Balance).toBe(0);
    const stats = await admin<Stats>(apps.books, '/__stats');
    expect(stats.writes['130']).toBe(1);
  });

  test('timeout holds the socket', async () => {
    await admin(apps.scheduler, '/__faults', { once: [{ kind: 'timeout' }] });
    const started = Date.now();
    const request = callApi(apps.scheduler, '/api/v1/jobs', { signal: AbortSignal.timeout(300) });
    await expect(request).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    const stats = await admin<Stats>(apps.scheduler, '/__stats');
    expect(stats.log[0]?.status).toBe(0);
    expect(stats.log[0]?.fault).toBe('timeout');
    const next = await callApi(apps.scheduler, '/api/v1/jobs');
    expect(next.status).toBe(200);
  });

  test('only limits faults to writes', async () => {
    await admin(apps.crm, '/__faults', { rate5xx: 1, only: 'writes' });
    const read = await callApi(apps.crm, '/crm/v3/objects/deals/9001');
    expect(read.status).toBe(200);
    const write = await patchStage('closedwon');
    expect(write.status).toBe(500);
  });

  test('rates repeat after reset', async () => {
    const statuses = async () => {
      await admin(apps.scheduler, '/__faults', { rate429: 0.5 });
      const results: number[] = [];
      for (let i = 0; i < 20; i++)
        results.push((await callApi(apps.scheduler, '/api/v1/clients')).status);
      return results;
    };
    const first = await statuses();
    await admin(apps.scheduler, '/__reset');
    const second = await statuses();
    expect(second).toEqual(first);
    expect(first).toContain(429);
    expect(first).toContain(200);
  });

  test('latency delays responses', async () => {
    await admin(apps.books, '/__faults', { latencyMs: 150 });
    const started = Date.now();
    const response = await callApi(apps.books, '/v3/company/9130357766433/customer/58');
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('invalid fault config returns 400', async () => {
    for (const body of [{ rate429: 2 }, { once: [{ kind: 'boom' }] }, { unknown: 1 }]) {
      const response = await fetch(`${apps.books.origin}/__faults`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
    }
  });
});

describe('admin endpoints', () => {
  test('reset restores data and clears stats', async () => {
    await admin(apps.crm, '/__faults', { rate5xx: 1, only: 'reads' });
    await patchStage('closedlost');
    await admin(apps.crm, '/__reset');

    const faults = await admin(apps.crm, '/__faults');
    expect(faults).toEqual({ once: [] });
    const deal = await callJson<{ properties: { dealstage: string } }>(
      apps.crm,
      '/crm/v3/objects/deals/9001',
    );
    expect(deal.status).toBe(200);
    expect(deal.body.properties.dealstage).toBe('appointmentscheduled');
    const stats = await admin<Stats>(apps.crm, '/__stats');
    expect(stats.requests).toBe(1);
    expect(stats.writes).toEqual({});
  });

  test('mutate changes status without a write', async () => {
    const mutated = await admin<{ properties: { dealstage: string } }>(apps.crm, '/__mutate', {
      type: 'deal',
      id: '9001',
      status: 'paid',
    });
    expect(mutated.properties.dealstage).toBe('closedwon');

    const invoice = await admin<{ Invoice: { SyncToken: string; Balance: number } }>(
      apps.books,
      '/__mutate',
      { type: 'invoice', id: '130', status: 'paid' },
    );
    expect(invoice.Invoice.Balance).toBe(0);

    const stats = await admin<Stats>(apps.crm, '/__stats');
    expect(stats.writes).toEqual({});
  });

  test('mutate rejects unknown status', async () => {
    const response = await fetch(`${apps.scheduler.origin}/__mutate`, {
      method: 'POST',
      body: JSON.stringify({ type: 'job', id: '1001', status: 'teleported' }),
    });
    expect(response.status).toBe(400);
  });

  test('stats log lists requests', async () => {
    await callApi(apps.books, '/v3/company/9130357766433/customer/58');
    const stats = await admin<Stats>(apps.books, '/__stats');
    expect(stats.requests).toBe(1);
    expect(stats.log[0]?.method).toBe('GET');
    expect(stats.log[0]?.path).toBe('/v3/company/9130357766433/customer/58');
    expect(stats.log[0]?.status).toBe(200);
    expect(Number.isNaN(Date.parse(stats.log[0]?.at ?? ''))).toBe(false);
  });
});
