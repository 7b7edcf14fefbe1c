import { afterEach, describe, expect, test } from 'vitest';
import { createConnector } from '../../../lib/connectors';
import { HUBSPOT_PRESET } from '../../../lib/connectors/presets/hubspot';
import { failure, presetSystem, seen, TOKEN } from './contract-helpers';
import { secretsOf, startDouble, type ApiDouble, type Reply } from './double';

/** Two deals per page, so the connector must follow `paging.next.after`. */
const PAGE = 2;
let double: ApiDouble | undefined;

afterEach(async () => {
  await double?.close();
  double = undefined;
});

function deal(id: number, stage = 'appointmentscheduled') {
  return {
    id: String(id),
    properties: {
      dealname: `Deal ${id}`,
      amount: '1500',
      dealstage: stage,
      hs_lastmodifieddate: '2025-03-14T00:00:00Z',
    },
    createdAt: '2025-03-01T00:00:00Z',
    updatedAt: '2025-03-14T00:00:00Z',
    archived: false,
    associations: { contacts: { results: [{ id: '51', type: 'deal_to_contact' }] } },
  };
}

/** Plays the CRM v3 objects API for deals, with scripted errors first. */
async function hubspot(errors: Reply[] = []) {
  const deals = new Map([1, 2, 3].map((id) => [String(id), deal(id)]));
  double = await startDouble((request) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      return {
        status: 401,
        body: {
          status: 'error',
          message: 'Authentication credentials not found.',
          category: 'INVALID_AUTHENTICATION',
        },
      };
    }
    const scripted = errors.shift();
    if (scripted) return scripted;
    const match = /^\/crm\/v3\/objects\/deals(?:\/(\d+))?$/.exec(request.path);
    if (!match)
      return {
        status: 404,
        body: { status: 'error', message: 'Not found', category: 'OBJECT_NOT_FOUND' },
      };
    if (!match[1]) {
      const all = [...deals.values()];
      const start = Number(request.url.searchParams.get('after') ?? '0');
      const next =
        start + PAGE < all.length ? { next: { after: String(start + PAGE) } } : undefined;
      return {
        body: { results: all.slice(start, start + PAGE), ...(next ? { paging: next } : {}) },
      };
    }
    const found = deals.get(match[1]);
    if (!found)
      return {
        status: 404,
        body: {
          status: 'error',
          message: `Object not found. objectId are usually numeric.`,
          category: 'OBJECT_NOT_FOUND',
        },
      };
    if (request.method === 'PATCH') {
      found.properties = {
        ...found.properties,
        ...(request.body as { properties: Record<string, string> }).properties,
      };
    }
    return { body: found };
  });
  const system = presetSystem(HUBSPOT_PRESET, double.origin, { portalId: '123456' });
  return createConnector(system, secretsOf(TOKEN), fetch);
}

describe('HubSpot preset', () => {
  test('page URL carries portal id', () => {
    const system = presetSystem(HUBSPOT_PRESET, 'http://127.0.0.1:1', { portalId: '123456' });
    expect(system.recordTypes.find((type) => type.id === 'deal')?.url.path).toBe(
      '/contacts/123456/record/0-3/:id',
    );
  });

  test('lists deals across pages', async () => {
    const connector = await hubspot();
    expect((await connector.listAll('deal')).map((record) => record.id)).toEqual(['1', '2', '3']);
    expect(double!.received[1]?.url.searchParams.get('after')).toBe('2');
    expect(double!.received[0]?.url.searchParams.get('associations')).toBe('contacts');
  });

  test('patches deal stage', async () => {
    const connector = await hubspot();
    const state = await connector.writeStatus(
      'deal',
      '2',
      'closedwon',
      seen('appointmentscheduled'),
    );
    expect(state.status).toBe('closedwon');
    const patch = double!.received.find((request) => request.method === 'PATCH');
    expect(patch?.path).toBe('/crm/v3/objects/deals/2');
    expect(patch?.body).toEqual({ properties: { dealstage: 'closedwon' } });
  });

  test('reads 429 body policy', async () => {
    const body = {
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      policyName: 'TEN_SECONDLY_ROLLING',
    };
    const connector = await hubspot([{ status: 429, body }]);
    const error = await failure(connector.read('deal', '1'));
    expect(error.kind).toBe('retryable');
    expect(error.retryAfterMs).toBe(10_000);
    expect(error.message).toContain('ten_secondly_rolling');
  });

  test('daily limit waits for midnight', async () => {
    const body = {
      status: 'error',
      message: 'You have reached your daily limit.',
      errorType: 'RATE_LIMIT',
      policyName: 'DAILY',
    };
    const connector = await hubspot([{ status: 429, body }]);
    const error = await failure(connector.read('deal', '1'));
    expect(error.kind).toBe('retryable');
    expect(error.retryAfterMs).toBeGreaterThan(0);
    expect(error.retryAfterMs).toBeLessThanOrEqual(24 * 3600 * 1000);
  });

  test('Retry-After header wins', async () => {
    const body = {
      status: 'error',
      message: 'limit',
      errorType: 'RATE_LIMIT',
      policyName: 'SECONDLY',
    };
    const connector = await hubspot([{ status: 429, headers: { 'Retry-After': '3' }, body }]);
    expect((await failure(connector.read('deal', '1'))).retryAfterMs).toBe(3_000);
  });

  test('wrong token is permanent', async () => {
    double = await startDouble(() => ({
      status: 401,
      body: { status: 'error', message: 'Authentication credentials not found.' },
    }));
    const connector = createConnector(
      presetSystem(HUBSPOT_PRESET, double.origin),
      secretsOf('wrong'),
      fetch,
    );
    const error = await failure(connector.read('deal', '1'));
    expect(error.kind).toBe('permanent');
    expect(error.httpStatus).toBe(401);
  });

  test('missing deal is permanent', async () => {
    const connector = await hubspot();
    const error = await failure(connector.read('deal', '99'));
    expect(error.kind).toBe('permanent');
    expect(error.message).toContain('Object not found');
  });
});
