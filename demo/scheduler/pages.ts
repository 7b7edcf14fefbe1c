import { scriptAsset } from '../server/assets';
import { html, renderDocument } from '../server/html';
import { htmlReply, type Reply } from '../server/http';

const appScript = scriptAsset(new URL('./public/app.js', import.meta.url));

/**
 * Returns the single page for '/'. It contains no record data: /app.js renders the route in the
 * URL fragment (#/jobs/1042) from the API.
 */
export function schedulerShell(path: string): Reply | undefined {
  if (path !== '/' && path !== '/index.html') return undefined;
  const header = html`<header>
    <a class="brand" href="#/jobs">Demo Scheduler</a>
    <nav><a href="#/jobs">Jobs</a> <a href="#/clients">Clients</a></nav>
    <form method="post" action="/logout"><button type="submit">Log out</button></form>
  </header>`;
  const body = html`<div id="app" aria-live="polite"></div>`;
  return htmlReply(
    200,
    renderDocument({ title: 'Demo Scheduler', header, body, scripts: ['/app.js'] }),
  );
}

export function schedulerAsset(path: string): Reply | undefined {
  return path === '/app.js' ? appScript() : undefined;
}
