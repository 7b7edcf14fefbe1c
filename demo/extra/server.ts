import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLoopback } from '../server/admin';
import {
  bearerToken,
  jsonReply,
  parseCookies,
  readBody,
  sendReply,
  type Reply,
} from '../server/http';
import { IdempotencyStore } from '../server/idempotency';
import { SessionStore } from '../server/sessions';
import { RequestStats } from '../server/stats';
import type { RequestContext } from '../server/types';
import { DEFAULT_SEED, seedData } from '../seed/index';
import { apiError, handleDispatchApi } from './api';
import { COOKIE_NAME, handleLogin, loginRedirect } from './login';
import { dispatchPage } from './pages';
import { buildWorkOrders, WorkOrderStore } from './store';

/** Port of the dispatch demo app; the three other demo apps use 4101 to 4103. */
export const EXTRA_PORT = 4104;
export const EXTRA_TOKEN = 'demo-dispatch-token';

export interface ExtraApp {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts Demo Dispatch on 127.0.0.1: work orders raised from the scheduler's jobs, with a
 * cookie login, server-rendered record pages and a JSON API. It is not wired into the
 * extension's demo workspace, so an admin can add it from scratch in the options page.
 */
export async function startExtraApp(
  options: { port?: number; seed?: number } = {},
): Promise<ExtraApp> {
  const store = new WorkOrderStore(
    buildWorkOrders(seedData(options.seed ?? DEFAULT_SEED).scheduler),
  );
  const state = {
    store,
    sessions: new SessionStore(),
    idempotency: new IdempotencyStore(),
    stats: new RequestStats(),
  };
  const server: Server = createServer((request, response) => {
    handle(state, request, response).catch((error: unknown) => {
      console.error(`[dispatch] ${request.method} ${request.url} failed:`, error);
      if (!response.headersSent) sendReply(response, apiError(500, 'internal', 'Internal error'));
    });
  });
  const port = options.port ?? EXTRA_PORT;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const inUse = `Port ${port} on 127.0.0.1 is already in use, so Demo Dispatch cannot start. Stop the other process or pass another port.`;
      reject(error.code === 'EADDRINUSE' ? new Error(inUse) : error);
    });
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${bound}`,
    port: bound,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

type State = {
  store: WorkOrderStore;
  sessions: SessionStore;
  idempotency: IdempotencyStore;
  stats: RequestStats;
};

async function handle(
  state: State,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const context: RequestContext = {
    method: request.method ?? 'GET',
    url,
    headers: request.headers,
    body: await readBody(request),
    sessionUser: state.sessions.userFor(parseCookies(request.headers.cookie).get(COOKIE_NAME)),
    recordWrite: (id) => state.stats.recordWrite(id),
  };
  sendReply(response, route(state, context, request.socket.remoteAddress));
}

function route(state: State, context: RequestContext, remote: string | undefined): Reply {
  const { pathname } = context.url;
  if (pathname.startsWith('/__'))
    return isLoopback(remote) ? admin(state, context) : jsonReply(403, { error: 'Loopback only' });
  if (pathname === '/favicon.ico') return { status: 204 };

  const login = handleLogin(state.sessions, context);
  if (login) return login;
  if (pathname.startsWith('/api/')) {
    if (!isAuthorized(context))
      return apiError(401, 'unauthorized', 'Send Authorization: Bearer <token> or sign in');
    return handleDispatchApi(state.store, state.idempotency, context);
  }
  if (!context.sessionUser) return loginRedirect(context.url);
  return (
    dispatchPage(state.store, pathname) ?? apiError(404, 'not_found', `No page at ${pathname}`)
  );
}

/** Accepts the bearer token or a session cookie; a wrong token fails even with a cookie. */
function isAuthorized(context: RequestContext): boolean {
  const header = context.headers.authorization;
  if (header !== undefined) return bearerToken(header) === EXTRA_TOKEN;
  return context.sessionUser !== undefined;
}

function admin(state: State, context: RequestContext): Reply {
  const route = `${context.method} ${context.url.pathname}`;
  if (route === 'POST /__reset') {
    state.store.reset();
    state.idempotency.clear();
    state.stats.reset();
    return jsonReply(200, { ok: true });
  }
  if (route === 'GET /__stats') return jsonReply(200, state.stats.snapshot());
  return jsonReply(404, { error: `No admin endpoint ${route}` });
}
