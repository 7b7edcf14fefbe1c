import { startDemoApps, type DemoApps, type DemoServer } from '../../demo/index';

export const TOKENS = {
  crm: 'demo-crm-token',
  books: 'demo-books-token',
  scheduler: 'demo-scheduler-token',
} as const;
export const REALM_PATH = '/v3/company/9130357766433';

/** Starts all three apps on ephemeral loopback ports. */
export function startTestApps(): Promise<DemoApps> {
  return startDemoApps({ ports: { crm: 0, books: 0, scheduler: 0 } });
}

/** Calls an app's API with its bearer token and returns the raw response. */
export function callApi(
  server: DemoServer,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${TOKENS[server.name]}`);
  if (init.body !== undefined && !headers.has('content-type')) {
    headers.set('content-type', 'application/json');
  }
  return fetch(`${server.origin}${path}`, { ...init, headers });
}

export async function callJson<T = Record<string, unknown>>(
  server: DemoServer,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await callApi(server, path, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

export async function admin<T = Record<string, unknown>>(
  server: DemoServer,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${server.origin}${path}`, {
    method: body === undefined && path !== '/__reset' ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** Signs in through the login form and returns the session cookie as a Cookie header value. */
export async function signIn(server: DemoServer): Promise<string> {
  const response = await fetch(`${server.origin}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: 'demo@lockstep.test', password: 'lockstep-demo' }),
    redirect: 'manual',
  });
  const setCookie = response.headers.get('set-cookie') ?? '';
  return setCookie.split(';')[0] ?? '';
}

export async function fetchPage(server: DemoServer, path: string, cookie: string): Promise<string> {
  const response = await fetch(`${server.origin}${path}`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET ${path} returned ${response.status}`);
  return response.text();
}

export function qboQuery(text: string): string {
  return `${REALM_PATH}/query?query=${encodeURIComponent(text)}`;
}
