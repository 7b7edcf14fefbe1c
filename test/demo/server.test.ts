import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoApps, type DemoApps } from '../../demo/index';
import { isLoopback } from '../../demo/server/admin';
import { safeNextPath } from '../../demo/server/sessions';
import { admin, signIn, startTestApps } from './helpers';

let apps: DemoApps;

beforeAll(async () => {
  apps = await startTestApps();
});
afterAll(() => apps.close());

function postLogin(origin: string, fields: Record<string, string>) {
  return fetch(`${origin}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

describe('demo servers', () => {
  test('start on ephemeral ports', () => {
    for (const server of [apps.crm, apps.books, apps.scheduler]) {
      expect(server.port).toBeGreaterThan(0);
      expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    }
    expect(new Set([apps.crm.port, apps.books.port, apps.scheduler.port]).size).toBe(3);
  });

  test('start quickly', async () => {
    const started = performance.now();
    const more = await startDemoApps({ ports: { crm: 0, books: 0, scheduler: 0 }, seed: 42 });
    const elapsed = performance.now() - started;
    await more.close();
    expect(elapsed).toBeLessThan(1000);
  });

  test('port in use names the port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const attempt = startDemoApps({ ports: { crm: 0, books: port, scheduler: 0 } });
      await expect(attempt).rejects.toThrow(`Port ${port}`);
      await expect(attempt).rejects.toThrow(/Stop the other process or choose other ports/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  test('close ends held timeout sockets', async () => {
    const more = await startTestApps();
    await admin(more.crm, '/__faults', { once: [{ kind: 'timeout' }] });
    const pending = fetch(`${more.crm.origin}/crm/v3/objects/deals`, {
      headers: { authorization: 'Bearer demo-crm-token' },
    }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await more.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('login', () => {
  test('sets HttpOnly Lax cookie and redirects', async () => {
    const response = await postLogin(apps.books.origin, {
      email: 'demo@lockstep.test',
      password: 'lockstep-demo',
      next: '/app/customers',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/app/customers');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^books_session=[0-9a-f]+; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
  });

  test('defaults next to the list page', async () => {
    const expected = { crm: '/deals', books: '/app/invoices', scheduler: '/#/jobs' };
    for (const server of [apps.crm, apps.books, apps.scheduler]) {
      const response = await postLogin(server.origin, {
        email: 'demo@lockstep.test',
        password: 'lockstep-demo',
      });
      expect(response.headers.get('location')).toBe(expected[server.name]);
    }
  });

  test('wrong password returns 401 form', async () => {
    const response = await postLogin(apps.crm.origin, {
      email: 'demo@lockstep.test',
      password: 'nope',
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toContain('Wrong email or password');
  });

  test('login page escapes next', async () => {
    const next = encodeURIComponent('/"><script>x()</script>');
    const page = await (await fetch(`${apps.crm.origin}/login?next=${next}`)).text();
    expect(page).not.toContain('<script>x()');
    expect(page).toContain('value="/&quot;&gt;&lt;script&gt;x()&lt;/script&gt;"');
  });

  test('logout ends the session', async () => {
    const cookie = await signIn(apps.scheduler);
    const logout = await fetch(`${apps.scheduler.origin}/logout`, {
      method: 'POST',
      headers: { cookie },
      redirect: 'manual',
    });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('set-cookie')).toContain('Max-Age=0');
    const page = await fetch(`${apps.scheduler.origin}/`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2F');
  });

  test('next stays on this origin', () => {
    expect(safeNextPath('/deals/9001', '/deals')).toBe('/deals/9001');
    expect(safeNextPath('//evil.example/x', '/deals')).toBe('/deals');
    expect(safeNextPath('/\\evil.example', '/deals')).toBe('/deals');
    expect(safeNextPath('https://evil.example', '/deals')).toBe('/deals');
    expect(safeNextPath(null, '/deals')).toBe('/deals');
  });
});

describe('admin access', () => {
  test('loopback addresses only', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('10.0.0.5')).toBe(false);
    expect(isLoopback('::ffff:192.168.1.2')).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
  });
});
