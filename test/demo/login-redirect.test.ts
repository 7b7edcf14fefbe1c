import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DemoApps } from '../../demo/index';
import { startExtraApp, type ExtraApp } from '../../demo/extra/server';
import { safeNextPath } from '../../demo/server/sessions';
import { startTestApps } from './helpers';

let apps: DemoApps;
let dispatch: ExtraApp;

beforeAll(async () => {
  apps = await startTestApps();
  dispatch = await startExtraApp({ port: 0 });
});
afterAll(async () => {
  await apps.close();
  await dispatch.close();
});

/**
 * `next` values as sent in a form body, already percent-encoded, that a browser would follow to
 * another origin if the server echoed them into Location.
 */
const OFFSITE_NEXT = [
  '/%09/evil.example',
  '/%0A/evil.example',
  '/%0D/evil.example',
  '//evil.example',
  '/%5Cevil.example',
  '/%255Cevil.example',
  '/%252F/evil.example',
  '/%2509/evil.example',
  '%2F%2Fevil.example',
  'http://evil.example',
  'https:%2F%2Fevil.example',
  '%20/evil.example',
  '/%E3%80%80/evil.example',
  'javascript:alert(1)',
];

/** Posts the login form with a raw, already encoded `next` and returns the Location header. */
async function loginLocation(origin: string, encodedNext: string): Promise<string | null> {
  const body = `email=demo%40lockstep.test&password=lockstep-demo&next=${encodedNext}`;
  const response = await fetch(`${origin}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
    redirect: 'manual',
  });
  return response.headers.get('location');
}

function servers() {
  return [
    { name: 'crm', origin: apps.crm.origin, home: '/deals' },
    { name: 'books', origin: apps.books.origin, home: '/app/invoices' },
    { name: 'scheduler', origin: apps.scheduler.origin, home: '/#/jobs' },
    { name: 'dispatch', origin: dispatch.origin, home: '/work-orders' },
  ];
}

describe('login next', () => {
  test('offsite values go to the list page', async () => {
    for (const server of servers()) {
      for (const next of OFFSITE_NEXT) {
        const location = await loginLocation(server.origin, next);
        expect({ app: server.name, next, location }).toEqual({
          app: server.name,
          next,
          location: server.home,
        });
      }
    }
  });

  test('every Location stays on the origin', async () => {
    for (const server of servers()) {
      for (const next of OFFSITE_NEXT) {
        const location = (await loginLocation(server.origin, next)) ?? '';
        expect(new URL(location, server.origin).origin).toBe(server.origin);
      }
    }
  });

  test('local paths are kept', async () => {
    const local = {
      crm: '/deals/9001',
      books: '/app/invoice?txnId=130',
      scheduler: '/#/jobs/1042',
      dispatch: '/work-orders?status=open%20now',
    };
    for (const server of servers()) {
      const next = local[server.name as keyof typeof local];
      expect(await loginLocation(server.origin, encodeURIComponent(next))).toBe(next);
    }
  });

  test('login page falls back for offsite next', async () => {
    const page = await (await fetch(`${apps.crm.origin}/login?next=/%09/evil.example`)).text();
    expect(page).toContain('name="next" value="/deals"');
  });
});

describe('safeNextPath', () => {
  test.each([
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/ /evil.example'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['/%5Cevil.example'],
    ['/%2F/evil.example'],
    ['/%09/evil.example'],
    ['/%E0%A4%A'],
    ['/\u3000/evil.example'],
    ['http://evil.example'],
    [''],
  ])('rejects %j', (next) => {
    expect(safeNextPath(next, '/home')).toBe('/home');
  });

  test.each([['/deals/9001'], ['/#/jobs'], ['/app/invoice?txnId=130'], ['/a?q=x%20y']])(
    'keeps %j',
    (next) => {
      expect(safeNextPath(next, '/home')).toBe(next);
    },
  );
});
