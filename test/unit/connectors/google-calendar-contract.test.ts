import { afterEach, describe, expect, test } from 'vitest';
import { createConnector } from '../../../lib/connectors';
import { eventPageId } from '../../../lib/connectors/google-calendar';
import { GOOGLE_CALENDAR_PRESET } from '../../../lib/connectors/presets/google-calendar';
import { failure, presetSystem, seen, TOKEN } from './contract-helpers';
import { secretsOf, startDouble, type ApiDouble, type Received, type Reply } from './double';

const CALENDAR = 'ops@example.test';
let double: ApiDouble | undefined;
let etagCounter = 3181161784712000;

afterEach(async () => {
  await double?.close();
  double = undefined;
});

function event(id: string) {
  const eid = Buffer.from(`${id} ${CALENDAR}`).toString('base64url');
  return {
    kind: 'calendar#event',
    etag: `"${etagCounter++}"`,
    id,
    status: 'confirmed',
    htmlLink: `https://www.google.com/calendar/event?eid=${eid}`,
    summary: `Visit ${id}`,
    updated: '2025-03-14T00:00:00.000Z',
    organizer: { email: CALENDAR },
    extendedProperties: { private: { jobNumber: '1042' } },
  };
}

function quota(reason: string, code = 403) {
  return {
    error: {
      code,
      message: 'Rate Limit Exceeded',
      errors: [{ domain: 'usageLimits', reason, message: 'Rate Limit Exceeded' }],
    },
  };
}

/** Plays Calendar API v3 events: pageToken paging, ETags, If-Match with 412 on mismatch. */
async function calendar(errors: Reply[] = []) {
  const events = new Map(['a1', 'b2', 'c3'].map((id) => [id, event(id)]));
  double = await startDouble((request: Received) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`)
      return {
        status: 401,
        body: {
          error: { code: 401, message: 'Invalid Credentials', errors: [{ reason: 'authError' }] },
        },
      };
    const scripted = errors.shift();
    if (scripted) return scripted;
    const base = `/calendar/v3/calendars/${encodeURIComponent(CALENDAR)}/events`;
    if (request.path === base) {
      const all = [...events.values()];
      const start = Number(request.url.searchParams.get('pageToken') ?? '0');
      const next = start + 2 < all.length ? { nextPageToken: String(start + 2) } : {};
      return { body: { kind: 'calendar#events', items: all.slice(start, start + 2), ...next } };
    }
    const found = events.get(decodeURIComponent(request.path.slice(base.length + 1)));
    if (!found)
      return {
        status: 404,
        body: { error: { code: 404, message: 'Not Found', errors: [{ reason: 'notFound' }] } },
      };
    if (request.method !== 'PATCH') return { body: found };
    if (request.headers['if-match'] && request.headers['if-match'] !== found.etag) {
      return {
        status: 412,
        body: {
          error: {
            code: 412,
            message: 'Precondition Failed',
            errors: [{ reason: 'conditionNotMet' }],
          },
        },
      };
    }
    Object.assign(found, request.body, { etag: `"${etagCounter++}"` });
    return { body: found };
  });
  const system = presetSystem(
    GOOGLE_CALENDAR_PRESET,
    double.origin,
    { calendarId: CALENDAR },
    undefined,
    '/calendar/v3',
  );
  const mappings = [
    {
      from: {
        system: 'google-calendar',
        recordType: 'event',
        field: 'extendedProperties.private.jobNumber',
      },
      to: { system: 'scheduler', recordType: 'job' },
    },
  ];
  return createConnector(system, secretsOf(TOKEN), fetch, mappings);
}

describe('Google Calendar preset', () => {
  test('follows nextPageToken', async () => {
    const connector = await calendar();
    const records = await connector.listAll('event');
    expect(records.map((record) => record.id)).toEqual(['a1', 'b2', 'c3']);
    expect(double!.received[1]?.url.searchParams.get('pageToken')).toBe('2');
  });

  test('page id is the eid, not the API id', async () => {
    const connector = await calendar();
    const [first] = await connector.listAll('event');
    expect(first?.pageId).toBe(Buffer.from(`a1 ${CALENDAR}`).toString('base64url'));
    expect(first?.pageId).not.toBe(first?.id);
    expect(first?.xrefs).toEqual({ scheduler: 'job:1042' });
  });

  test('computes eid without htmlLink', () => {
    expect(eventPageId({ id: 'a1', organizer: { email: CALENDAR } }, 'primary')).toBe(
      Buffer.from(`a1 ${CALENDAR}`).toString('base64url'),
    );
  });

  test('sends ETag as If-Match', async () => {
    const connector = await calendar();
    const current = await connector.read('event', 'b2');
    const state = await connector.writeStatus('event', 'b2', 'cancelled', {
      current,
      idempotencyKey: 'k',
    });
    const patch = double!.received.find((request) => request.method === 'PATCH');
    expect(patch?.headers['if-match']).toBe(current.version);
    expect(patch?.body).toEqual({ status: 'cancelled' });
    expect(state.status).toBe('cancelled');
    expect(state.version).not.toBe(current.version);
  });

  test('stale ETag is a conflict', async () => {
    const connector = await calendar();
    const error = await failure(
      connector.writeStatus('event', 'a1', 'cancelled', seen('confirmed', '"1"')),
    );
    expect(error.kind).toBe('conflict');
  });

  test.each(['rateLimitExceeded', 'userRateLimitExceeded'])(
    '403 %s is retryable',
    async (reason) => {
      const connector = await calendar([{ status: 403, body: quota(reason) }]);
      const error = await failure(connector.read('event', 'a1'));
      expect(error.kind).toBe('retryable');
      expect(error.httpStatus).toBe(403);
    },
  );

  test('429 rateLimitExceeded is retryable', async () => {
    const connector = await calendar([{ status: 429, body: quota('rateLimitExceeded', 429) }]);
    expect((await failure(connector.read('event', 'a1'))).kind).toBe('retryable');
  });

  test('other 403 is permanent', async () => {
    const connector = await calendar([
      {
        status: 403,
        body: {
          error: {
            code: 403,
            message: 'Forbidden',
            errors: [{ domain: 'global', reason: 'forbidden' }],
          },
        },
      },
    ]);
    expect((await failure(connector.read('event', 'a1'))).kind).toBe('permanent');
  });
});
