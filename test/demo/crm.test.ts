import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DemoApps } from '../../demo/index';
import { admin, callApi, callJson, fetchPage, signIn, startTestApps } from './helpers';

interface Deal {
  id: string;
  properties: Record<string, string>;
  updatedAt: string;
  associations: { contacts: { results: { id: string; type: string }[] } };
}
interface CrmErrorBody {
  status: string;
  message: string;
  category: string;
  correlationId: string;
  errorType?: string;
  policyName?: string;
}

let apps: DemoApps;

beforeAll(async () => {
  apps = await startTestApps();
});
afterAll(() => apps.close());
beforeEach(() => admin(apps.crm, '/__reset'));

function patchStage(id: string, dealstage: unknown) {
  return callJson<Deal & CrmErrorBody>(apps.crm, `/crm/v3/objects/deals/${id}`, {
    method: 'PATCH',
    body: JSON.stringify({ properties: { dealstage } }),
  });
}

describe('CRM API', () => {
  test('lists deals with cursor paging', async () => {
    const first = await callJson<{ results: Deal[]; paging?: { next: { after: string } } }>(
      apps.crm,
      '/crm/v3/objects/deals?limit=100',
    );
    expect(first.body.results).toHaveLength(100);
    expect(first.body.results[0]?.properties.pipeline).toBe('default');
    expect(first.body.results[0]?.associations.contacts.results[0]?.type).toBe('deal_to_contact');
    const after = first.body.paging?.next.after;
    expect(after).toBeDefined();

    const second = await callJson<{ results: Deal[] }>(
      apps.crm,
      `/crm/v3/objects/deals?limit=100&after=${after}`,
    );
    expect(second.body.results[0]?.id).toBe(after);
    const firstIds = new Set(first.body.results.map((deal) => deal.id));
    expect(second.body.results.some((deal) => firstIds.has(deal.id))).toBe(false);
  });

  test('PATCH changes dealstage', async () => {
    const before = await callJson<Deal>(apps.crm, '/crm/v3/objects/deals/9001');
    const { status, body } = await patchStage('9001', 'closedwon');
    expect(status).toBe(200);
    expect(body.properties.dealstage).toBe('closedwon');
    expect(Date.parse(body.updatedAt)).toBeGreaterThan(Date.parse(before.body.updatedAt));
    expect(body.properties.lastmodifieddate).toBe(body.updatedAt);

    const stats = await admin<{ writes: Record<string, number> }>(apps.crm, '/__stats');
    expect(stats.writes['9001']).toBe(1);
  });

  test('PATCH with invalid stage returns 400', async () => {
    const { status, body } = await patchStage('9001', 'won');
    expect(status).toBe(400);
    expect(body.status).toBe('error');
    expect(body.category).toBe('VALIDATION_ERROR');
    expect(body.message).toMatch(/^Property values were not valid: /);
  });

  test('missing deal returns HubSpot 404 body', async () => {
    const { status, body } = await callJson<CrmErrorBody>(apps.crm, '/crm/v3/objects/deals/1');
    expect(status).toBe(404);
    expect(body.status).toBe('error');
    expect(body.message).toBe('resource not found');
    expect(body.category).toBe('OBJECT_NOT_FOUND');
    expect(body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('429 fault uses HubSpot body', async () => {
    await admin(apps.crm, '/__faults', { once: [{ kind: '429', match: 'writes' }] });
    const read = await callApi(apps.crm, '/crm/v3/objects/deals/9001');
    expect(read.status).toBe(200);

    const { status, headers, body } = await patchStage('9001', 'closedwon');
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBeNull();
    expect(body.status).toBe('error');
    expect(body.message).toBe('You have reached your secondly limit.');
    expect(body.errorType).toBe('RATE_LIMIT');
    expect(body.policyName).toBe('SECONDLY');
    expect(body.category).toBe('RATE_LIMITS');
    expect(body.correlationId).toBeTruthy();
  });

  test('stale fault rejected for CRM', async () => {
    const response = await fetch(`${apps.crm.origin}/__faults`, {
      method: 'POST',
      body: JSON.stringify({ once: [{ kind: 'stale' }] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/version tokens/);
  });

  test('pipeline lists seven stages', async () => {
    const { body } = await callJson<{ results: { stages: { id: string; label: string }[] }[] }>(
      apps.crm,
      '/crm/v3/pipelines/deals',
    );
    const stages = body.results[0]?.stages ?? [];
    expect(stages.map((stage) => stage.id)).toEqual([
      'appointmentscheduled',
      'presentationscheduled',
      '201345678',
      'contractsent',
      'closedwon',
      '201345680',
      'closedlost',
    ]);
    expect(stages[2]?.label).toBe('Work done');
  });

  test('missing token returns 401 body', async () => {
    const response = await fetch(`${apps.crm.origin}/crm/v3/objects/deals`);
    const body = (await response.json()) as CrmErrorBody;
    expect(response.status).toBe(401);
    expect(body.category).toBe('INVALID_AUTHENTICATION');
  });

  test('session cookie authorizes the API', async () => {
    const cookie = await signIn(apps.crm);
    expect(cookie).toMatch(/^crm_session=[0-9a-f]+$/);
    const response = await fetch(`${apps.crm.origin}/crm/v3/objects/contacts?limit=1`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
  });

  test('every page route serves the shell', async () => {
    const cookie = await signIn(apps.crm);
    for (const path of ['/', '/contacts', '/contacts/501', '/deals', '/deals/9001']) {
      const page = await fetchPage(apps.crm, path, cookie);
      expect(page).toContain('<div id="app"');
      expect(page).toContain('<script src="/app.js" defer></script>');
    }
    const script = await fetch(`${apps.crm.origin}/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).not.toMatch(/innerHTML/);
  });
});
