import { html, renderDocument } from '../server/html';
import { htmlReply, parseCookies, redirectReply, type Reply } from '../server/http';
import { expiredCookie, safeNextPath, sessionCookie, type SessionStore } from '../server/sessions';
import type { RequestContext } from '../server/types';
import { TITLE } from './pages';

export const COOKIE_NAME = 'dispatch_session';
const HOME = '/work-orders';

/** Handles GET and POST /login and POST /logout; undefined for any other request. */
export function handleLogin(sessions: SessionStore, context: RequestContext): Reply | undefined {
  const { method, url } = context;
  if (url.pathname === '/login' && method === 'GET') {
    return htmlReply(200, loginPage(safeNextPath(url.searchParams.get('next'), HOME)));
  }
  if (url.pathname === '/login' && method === 'POST') {
    const form = new URLSearchParams(context.body);
    const next = safeNextPath(form.get('next'), HOME);
    const sessionId = sessions.signIn(form.get('email') ?? '', form.get('password') ?? '');
    if (!sessionId) return htmlReply(401, loginPage(next, 'Wrong email or password. Try again.'));
    return redirectReply(next, { 'set-cookie': sessionCookie(COOKIE_NAME, sessionId) });
  }
  if (url.pathname === '/logout' && method === 'POST') {
    sessions.signOut(parseCookies(context.headers.cookie).get(COOKIE_NAME));
    return redirectReply('/login', { 'set-cookie': expiredCookie(COOKIE_NAME) });
  }
  return undefined;
}

/** Sends a visitor without a session to the login form, which returns them here afterwards. */
export function loginRedirect(url: URL): Reply {
  return redirectReply(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
}

function loginPage(next: string, error?: string): string {
  const body = html`<main>
    <h1>Sign in to ${TITLE}</h1>
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
  return renderDocument({ title: `Sign in - ${TITLE}`, body });
}
