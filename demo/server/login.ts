import { html, renderDocument } from './html';
import { htmlReply, redirectReply, parseCookies, type Reply } from './http';
import { expiredCookie, safeNextPath, sessionCookie, type SessionStore } from './sessions';
import type { DemoApp, RequestContext } from './types';

/**
 * Copies the URL fragment into the form, because browsers never send it to the server and the
 * scheduler keeps its page route there.
 */
const KEEP_FRAGMENT_SCRIPT = `document.addEventListener('DOMContentLoaded', function () {
  var next = document.querySelector('input[name="next"]');
  if (next && location.hash && next.value.indexOf('#') < 0) next.value += location.hash;
});`;

export function renderLoginPage(app: DemoApp, next: string, error?: string): string {
  const body = html`<main>
    <h1>Sign in to ${app.title}</h1>
    ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
    <form class="login" method="post" action="/login">
      <input type="hidden" name="next" value="${next}" />
      <label>Email <input type="email" name="email" autocomplete="username" required /></label>
      <label
        >Password <input type="password" name="password" autocomplete="current-password" required
      /></label>
      <button type="submit">Sign in</button>
    </form>
  </main>`;
  return renderDocument({
    title: `Sign in - ${app.title}`,
    body,
    inlineScript: KEEP_FRAGMENT_SCRIPT,
  });
}

/** Handles GET and POST /login and POST /logout. Returns undefined for any other request. */
export function handleLogin(
  app: DemoApp,
  sessions: SessionStore,
  context: RequestContext,
): Reply | undefined {
  const { method, url } = context;
  if (url.pathname === '/login' && method === 'GET') {
    const next = safeNextPath(url.searchParams.get('next'), app.homePath);
    return htmlReply(200, renderLoginPage(app, next));
  }
  if (url.pathname === '/login' && method === 'POST') {
    const form = new URLSearchParams(context.body);
    const next = safeNextPath(form.get('next') ?? url.searchParams.get('next'), app.homePath);
    const sessionId = sessions.signIn(form.get('email') ?? '', form.get('password') ?? '');
    if (!sessionId) {
      return htmlReply(401, renderLoginPage(app, next, 'Wrong email or password. Try again.'));
    }
    return redirectReply(next, { 'set-cookie': sessionCookie(app.cookieName, sessionId) });
  }
  if (url.pathname === '/logout' && method === 'POST') {
    sessions.signOut(parseCookies(context.headers.cookie).get(app.cookieName));
    return redirectReply('/login', { 'set-cookie': expiredCookie(app.cookieName) });
  }
  return undefined;
}

/** Sends a visitor without a session to the login form, which returns them here afterwards. */
export function loginRedirect(url: URL): Reply {
  return redirectReply(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
}
