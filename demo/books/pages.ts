import { html, renderDocument, type SafeHtml } from '../server/html';
import { htmlReply, type Reply } from '../server/http';
import type { RequestContext } from '../server/types';
import { pageDate, pageMoney } from './format';
import { deriveStatus } from './invoice-status';
import type { BooksCustomer, BooksInvoice } from './records';
import type { BooksStore } from './store';

/** Renders the server-side pages. Every value passes through the escaping `html` tag. */
export function handleBooksPage(store: BooksStore, context: RequestContext): Reply | undefined {
  const { pathname, searchParams } = context.url;
  switch (pathname) {
    case '/':
    case '/app':
    case '/app/':
      return { status: 303, headers: { location: '/app/invoices' } };
    case '/app/customers':
      return page('Customers', customerList(store));
    case '/app/invoices':
      return page('Invoices', invoiceList(store));
    case '/app/customerdetail': {
      const customer = store.customers.get(searchParams.get('nameId') ?? '');
      return customer ? page(customer.DisplayName, customerDetail(customer)) : missing('Customer');
    }
    case '/app/invoice': {
      const invoice = store.invoices.get(searchParams.get('txnId') ?? '');
      return invoice
        ? page(`Invoice ${invoice.docNumber}`, invoiceDetail(store, invoice))
        : missing('Invoice');
    }
    default:
      return undefined;
  }
}

function page(title: string, body: SafeHtml, status = 200): Reply {
  const header = html`<header>
    <a class="brand" href="/app/invoices">Demo Books</a>
    <nav><a href="/app/customers">Customers</a> <a href="/app/invoices">Invoices</a></nav>
    <form method="post" action="/logout"><button type="submit">Log out</button></form>
  </header>`;
  return htmlReply(status, renderDocument({ title: `${title} - Demo Books`, header, body }));
}

function missing(entity: string): Reply {
  return page('Not found', html`<main><h1>${entity} not found</h1></main>`, 404);
}

function customerList(store: BooksStore): SafeHtml {
  const rows = [...store.customers.values()].map(
    (customer) =>
      html`<tr>
        <td><a href="/app/customerdetail?nameId=${customer.Id}">${customer.DisplayName}</a></td>
        <td>${customer.CompanyName}</td>
        <td>${customer.PrimaryPhone?.FreeFormNumber}</td>
        <td>${customer.PrimaryEmailAddr?.Address}</td>
      </tr>`,
  );
  return html`<main id="list" data-entity="Customer">
    <h1>Customers</h1>
    <table>
      <thead>
        <tr>
          <th>Customer</th>
          <th>Company</th>
          <th>Phone</th>
          <th>Email</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </main>`;
}

function invoiceList(store: BooksStore): SafeHtml {
  const rows = [...store.invoices.values()].map((invoice) => {
    const customer = store.customerName(invoice.customerId);
    return html`<tr>
      <td><a href="/app/invoice?txnId=${invoice.id}">${invoice.docNumber}</a></td>
      <td>${pageDate(invoice.txnDate)}</td>
      <td>${customer}</td>
      <td>${pageMoney(invoice.totalAmt)}</td>
      <td>${deriveStatus(invoice)}</td>
    </tr>`;
  });
  return html`<main id="list" data-entity="Invoice">
    <h1>Invoices</h1>
    <table>
      <thead>
        <tr>
          <th>No.</th>
          <th>Date</th>
          <th>Customer</th>
          <th>Amount</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </main>`;
}

function customerDetail(customer: BooksCustomer): SafeHtml {
  const address = customer.BillAddr;
  return record('Customer', customer.DisplayName, [
    ['Display name', customer.DisplayName],
    ['Given name', customer.GivenName],
    ['Family name', customer.FamilyName],
    ['Company', customer.CompanyName],
    ['Email', customer.PrimaryEmailAddr?.Address],
    ['Phone', customer.PrimaryPhone?.FreeFormNumber],
    ['Address', address?.Line1],
    ['City', address?.City],
    ['Postcode', address?.PostalCode],
    ['Country', address?.Country],
  ]);
}

function invoiceDetail(store: BooksStore, invoice: BooksInvoice): SafeHtml {
  const customer = html`<a
    href="/app/customerdetail?nameId=${invoice.customerId}"
    data-customer-id="${invoice.customerId}"
    >${store.customerName(invoice.customerId)}</a
  >`;
  return record('Invoice', `Invoice ${invoice.docNumber}`, [
    ['Invoice no.', invoice.docNumber],
    ['Customer', customer],
    ['Date', pageDate(invoice.txnDate)],
    ['Due date', pageDate(invoice.dueDate)],
    ['Amount', pageMoney(invoice.totalAmt)],
    ['Balance', pageMoney(invoice.balance)],
    ['Status', deriveStatus(invoice)],
    ['Job ref', invoice.jobRef],
  ]);
}

function record(entity: string, title: string, rows: [string, unknown][]): SafeHtml {
  const tableRows = rows.map(
    ([label, value]) =>
      html`<tr>
        <th>${label}</th>
        <td>${value}</td>
      </tr>`,
  );
  return html`<main>
    <div id="record" data-entity="${entity}">
      <h1 class="entity-name">${title}</h1>
      <table>
        <tbody>
          ${tableRows}
        </tbody>
      </table>
    </div>
  </main>`;
}
