import { scriptAsset } from '../server/assets';
import { html, renderDocument } from '../server/html';
import { htmlReply, type Reply } from '../server/http';

const PAGE_ROUTES = [
  /^\/$/,
  /^\/contacts\/?$/,
  /^\/contacts\/\d+\/?$/,
  /^\/deals\/?$/,
  /^\/deals\/\d+\/?$/,
];
const appScript = scriptAsset(new URL('./public/app.js', import.meta.url));

export function isCrmPage(path: string): boolean {
  return PAGE_ROUTES.some((route) => route.test(path));
}

/**
 * Returns the single-page app shell. It contains no record data: /app.js fetches the API and
 * renders the page for the current path.
 */
export function crmShell(): Reply {
  const header = html`<header>
    <a class="brand" href="/deals">Demo CRM</a>
    <nav><a href="/contacts">Contacts</a> <a href="/deals">Deals</a></nav>
    <form method="post" action="/logout"><button type="submit">Log out</button></form>
  </header>`;
  const body = html`<div id="app" aria-live="polite"></div>`;
  return htmlReply(200, renderDocument({ title: 'Demo CRM', header, body, scripts: ['/app.js'] }));
}

export function crmAsset(path: string): Reply | undefined {
  return path === '/app.js' ? appScript() : undefined;
}
