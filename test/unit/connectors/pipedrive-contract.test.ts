import { afterEach, describe, expect, test } from 'vitest';
import { createConnector } from '../../../lib/connectors';
import { PIPEDRIVE_PRESET } from '../../../lib/connectors/presets/pipedrive';
import { failure, presetSystem, seen, TOKEN } from './contract-helpers';
import { secretsOf, startDouble, type ApiDouble, type Received, type Reply } from './double';

let double: ApiDouble | undefined;

afterEach(async () => {
  await double?.close();
  double = undefined;
});

function deal(id: number) {
  return {
    id,
    title: `Deal ${id}`,
    status: 'open',
    value: 900,
    currency: 'AUD',
    person_id: 40 + id,
    update_time: '2025-03-14T00:00:00Z',
  };
}

/** Plays Pipedrive's API v2 deals endpoints: cursor pages and PATCH, token in x-api-token. */
async function pipedrive(errors: Reply[] = []) {
  const deals = new Map([1, 2, 3].map((id) => [String(id), deal(id)]));
  double = await startDouble((request: Received) => {
    if (request.headers['x-api-token'] !== TOKEN)
      return {
        status: 401,
        body: { success: false, error: 'unauthorized access', errorCode: 401 },
      };
    const scripted = errors.shift();
    if (scripted) return scripted;
    if (request.path === '/api/v2/deals') {
      const all = [...deals.values()];
      const start = Number(request.url.searchParams.get('cursor') ?? '0');
      const next = start + 2 < all.length ? String(start + 2) : null;
      return {
        body: {
          success: true,
          data: all.slice(start, start + 2),
          additional_data: { next_cursor: next },
        },
      };
    }
    const found = deals.get(/^\/api\/v2\/deals\/(\d+)$/.exec(request.path)?.[1] ?? '');
    if (!found)
      return { status: 404, body: { success: false, error: 'Deal not found', errorCode: 404 } };
    if (request.method === 'PATCH') Object.assign(found, request.body);
    return { body: { success: true, data: found } };
  });
  const auth = { type: 'apiKey' as const, secretId: 'pipedrive', header: 'x-api-token' };
  return createConnector(
    presetSystem(PIPEDRIVE_PRESET, double.origin, { companyDomain: 'acme' }, auth),
    secretsOf(TOKEN),
    fetch,
  );
}

describe('Pipedrive preset', () => {
  test('origin comes from company domain', () => {
    expect(
      presetSystem(PIPEDRIVE_PRESET, 'http://127.0.0.1:1', { companyDomain: 'acme' }).origins,
    ).toEqual(['https://acme.pipedrive.com']);
  });

  test('follows next_cursor', async () => {
    const connector = await pipedrive();
    const records = await connector.listAll('deal');
    expect(records.map((record) => record.id)).toEqual(['1', '2', '3']);
    expect(records[0]?.partyKey).toBe('pipedrive:person:41');
    expect(double!.received[1]?.url.searchParams.get('cursor')).toBe('2');
  });

  test('patches status without version', async () => {
    const connector = await pipedrive();
    const state = await connector.writeStatus('deal', '3', 'won', seen('open'));
    const patch = double!.received.find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({ status: 'won' });
    expect(patch?.headers['if-match']).toBeUndefined();
    expect(state.status).toBe('won');
  });

  test('rejects statuses Pipedrive lacks', async () => {
    const connector = await pipedrive();
    expect((await failure(connector.writeStatus('deal', '1', 'deleted', seen('open')))).kind).toBe(
      'permanent',
    );
  });

  test('429 uses x-ratelimit-reset', async () => {
    const connector = await pipedrive([
      {
        status: 429,
        headers: { 'x-ratelimit-reset': '2' },
        body: { success: false, error: 'Too many requests', errorCode: 429 },
      },
    ]);
    const error = await failure(connector.read('deal', '1'));
    expect(error.kind).toBe('retryable');
    expect(error.retryAfterMs).toBe(2_000);
    expect(error.message).toContain('Too many requests');
  });

  test('missing deal is permanent', async () => {
    const connector = await pipedrive();
    expect((await failure(connector.read('deal', '9'))).kind).toBe('permanent');
  });
});
