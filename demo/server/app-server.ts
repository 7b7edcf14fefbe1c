import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { adminError, handleAdmin, isLoopback } from './admin';
import { applyFaults, type HeldSockets } from './apply-faults';
import { FaultInjector } from './faults';
import { html, renderDocument } from './html';
import {
  BodyTooLargeError,
  bearerToken,
  htmlReply,
  parseCookies,
  readBody,
  sendReply,
  type Reply,
} from './http';
import { handleLogin, loginRedirect } from './login';
import { SessionStore } from './sessions';
import { RequestStats, type LogEntry } from './stats';
import type { DemoApp, RequestContext } from './types';

/** The state around one app: sessions, stats and faults, and the node:http server. */
export interface AppServer {
  server: Server;
  app: DemoApp;
  stats: RequestStats;
  faults: FaultInjector;
  /** Sockets parked by timeout faults. close() destroys them. */
  heldSockets: HeldSockets;
}

export function createAppServer(app: DemoApp, faultSeed: number): AppServer {
  const target: AppServer = {
    server: createServer(),
    app,
    stats: new RequestStats(),
    faults: new FaultInjector(faultSeed),
    heldSockets: new Set(),
  };
  const sessions = new SessionStore();
  target.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handleRequest(target, sessions, request, response).catch((error: unknown) => {
      console.error(`[${app.name}] ${request.method} ${request.url} failed:`, error);
      if (!response.headersSent) sendReply(response, app.errors.serverError());
      else response.destroy();
    });
  });
  return target;
}

async function handleRequest(
  target: AppServer,
  sessions: SessionStore,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { app, stats } = target;
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/favicon.ico') {
    // Browsers request it on every page. Replying before the stats step keeps it out of /__stats.
    sendReply(response, { status: 204 });
    return;
  }
  const isAdmin = url.pathname.startsWith('/__');
  const entry = isAdmin ? undefined : stats.begin(request.method ?? 'GET', request.url ?? '/');
  response.on('finish', () => {
    if (entry) entry.status = response.statusCode;
  });

  let body = '';
  try {
    body = await readBody(request);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendReply(response, app.errors.badRequest(error.message));
    return;
  }
  const context: RequestContext = {
    method: request.method ?? 'GET',
    url,
    headers: request.headers,
    body,
    sessionUser: sessions.userFor(parseCookies(request.headers.cookie).get(app.cookieName)),
    recordWrite: (recordId) => stats.recordWrite(recordId),
  };

  if (isAdmin) {
    const loopback = isLoopback(request.socket.remoteAddress);
    sendReply(
      response,
      loopback
        ? handleAdmin(target, context)
        : adminError(403, 'Admin endpoints accept loopback clients only'),
    );
    return;
  }
  const reply = handleLogin(app, sessions, context) ?? app.handleAsset?.(url.pathname);
  if (reply) {
    sendReply(response, reply);
    return;
  }
  if (app.isApiPath(url.pathname)) {
    await handleApiRequest(target, context, request, response, entry);
    return;
  }
  sendReply(response, context.sessionUser ? pageReply(app, context) : loginRedirect(url));
}

async function handleApiRequest(
  target: AppServer,
  context: RequestContext,
  request: IncomingMessage,
  response: ServerResponse,
  entry: LogEntry | undefined,
): Promise<void> {
  const { app } = target;
  if (!isAuthorized(app, context)) {
    sendReply(response, app.errors.unauthorized());
    return;
  }
  const outcome = await applyFaults(target, context, request, entry);
  if (outcome.kind === 'replied') {
    sendReply(response, outcome.reply);
    return;
  }
  if (outcome.kind === 'held') return;

  const reply = await app.handleApi(context);
  if (outcome.kind === 'dropAfterCommit') {
    request.socket.destroy();
    return;
  }
  sendReply(response, reply);
}

/**
 * Accepts the app's bearer token or a session cookie. A wrong bearer token fails even with a
 * valid cookie, so a misconfigured token never hides behind a browser session.
 */
function isAuthorized(app: DemoApp, context: RequestContext): boolean {
  const authorization = context.headers.authorization;
  if (authorization !== undefined) return bearerToken(authorization) === app.apiToken;
  return context.sessionUser !== undefined;
}

function pageReply(app: DemoApp, context: RequestContext): Reply {
  const page = app.handlePage(context);
  if (page) return page;
  const body = html`<main>
    <h1>Page not found</h1>
    <p>No page at ${context.url.pathname}.</p>
    <p><a href="${app.homePath}">Back to ${app.title}</a></p>
  </main>`;
  return htmlReply(404, renderDocument({ title: `Not found - ${app.title}`, body }));
}
