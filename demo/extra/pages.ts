import { html, renderDocument, type SafeHtml } from '../server/html';
import { htmlReply, type Reply } from '../server/http';
import type { WorkOrder, WorkOrderStore } from './store';

export const TITLE = 'Demo Dispatch';

const STATE_LABELS: Record<WorkOrder['state'], string> = {
  new: 'New',
  dispatched: 'Dispatched',
  on_site: 'On site',
  done: 'Done',
  billed: 'Billed',
  void: 'Void',
};

const header = html`<header>
  <span class="brand">${TITLE}</span><a href="/work-orders">Work orders</a>
</header>`;

/** Server-rendered pages for a signed-in user; undefined when no page has this path. */
export function dispatchPage(store: WorkOrderStore, path: string): Reply | undefined {
  if (path === '/' || path === '/work-orders') return page('Work orders', listBody(store));

  const match = /^\/work-orders\/([^/]+)$/.exec(path);
  if (!match?.[1]) return undefined;
  const order = store.byRef(decodeURIComponent(match[1]));
  if (!order)
    return htmlReply(
      404,
      renderDocument({
        title: `Not found - ${TITLE}`,
        header,
        body: html`<main><h1>No work order ${match[1]}</h1></main>`,
      }),
    );
  return page(order.ref, orderBody(order));
}

function listBody(store: WorkOrderStore): SafeHtml {
  const rows = store.all().map(
    (order) =>
      html`<tr>
        <td><a href="/work-orders/${order.ref}">${order.ref}</a></td>
        <td>${order.title}</td>
        <td>${order.customer.name}</td>
        <td>${STATE_LABELS[order.state]}</td>
      </tr>`,
  );
  return html`<main>
    <h1>Work orders</h1>
    <table>
      <thead>
        <tr>
          <th>Reference</th>
          <th>Title</th>
          <th>Customer</th>
          <th>State</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </main>`;
}

/** Renders the record page: the state as a data attribute, the other fields as labelled values. */
function orderBody(order: WorkOrder): SafeHtml {
  return html`<main id="work-order" data-ref="${order.ref}">
    <h1 class="wo-title">${order.title}</h1>
    <dl>
      <dt>Reference</dt>
      <dd>${order.ref}</dd>
      <dt>State</dt>
      <dd data-field="state" data-value="${order.state}">${STATE_LABELS[order.state]}</dd>
      <dt>Customer</dt>
      <dd>${order.customer.name}</dd>
      <dt>Email</dt>
      <dd>${order.customer.email ?? ''}</dd>
      <dt>Scheduler job</dt>
      <dd>${order.job_ref}</dd>
      <dt>Amount</dt>
      <dd>${order.amount}</dd>
    </dl>
  </main>`;
}

function page(title: string, body: SafeHtml): Reply {
  return htmlReply(200, renderDocument({ title: `${title} - ${TITLE}`, header, body }));
}
