// Demo Scheduler page. It routes on the URL fragment (#/jobs/1042) and renders from the REST
// API after each hashchange, using createElement and text nodes only, so record data is never
// parsed as HTML. Pages show job and client numbers, never the API ids.
'use strict';

(function () {
  const root = document.getElementById('app');
  /** Pause before a page appears, in milliseconds, like a real single-page app rendering. */
  const RENDER_DELAY_MS = 120;
  const money = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD' });
  let navigation = 0;

  const routes = [
    [/^#\/jobs\/?$/, renderJobList],
    [/^#\/jobs\/(\d+)\/?$/, renderJob],
    [/^#\/clients\/?$/, renderClientList],
    [/^#\/clients\/(\d+)\/?$/, renderClient],
  ];

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== undefined && value !== null) node.setAttribute(name, String(value));
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  async function api(path) {
    const response = await fetch(path, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (response.status === 401) {
      location.assign('/login?next=' + encodeURIComponent('/' + location.hash));
      throw new Error('Signed out');
    }
    if (response.status === 404) return null;
    if (!response.ok) throw new Error('Request failed: HTTP ' + response.status + ' for ' + path);
    return response.json();
  }

  async function listAll(collection, query) {
    const records = [];
    let page = 1;
    while (page !== null) {
      const result = await api(
        '/api/v1/' + collection + '?per_page=100&page=' + page + (query || ''),
      );
      records.push(...result.data);
      page = result.meta.next_page;
    }
    return records;
  }

  async function findByNumber(collection, number) {
    const result = await api(
      '/api/v1/' + collection + '?per_page=1&number=' + encodeURIComponent(number),
    );
    return result.data[0] || null;
  }

  function clientName(client) {
    const person = [client.first_name, client.last_name].filter(Boolean).join(' ');
    return person || client.company_name || 'Client ' + client.number;
  }

  /** Formats YYYY-MM-DD as DD/MM/YYYY. */
  function pageDate(isoDate) {
    const [year, month, day] = isoDate.split('-');
    return day + '/' + month + '/' + year;
  }

  function statusLabel(status) {
    return status.replace(/_/g, ' ');
  }

  function fields(className, pairs) {
    const children = [];
    for (const [label, value, attributes] of pairs) {
      children.push(el('dt', {}, [label]), el('dd', attributes || {}, [value ?? '']));
    }
    return el('dl', { class: className }, children);
  }

  function table(headings, rows) {
    const head = el(
      'tr',
      {},
      headings.map((heading) => el('th', {}, [heading])),
    );
    const body = rows.map((cells) =>
      el(
        'tr',
        {},
        cells.map((cell) => el('td', {}, [cell])),
      ),
    );
    return el('table', {}, [el('thead', {}, [head]), el('tbody', {}, body)]);
  }

  async function renderJobList() {
    const [jobs, clients] = await Promise.all([listAll('jobs'), listAll('clients')]);
    const byId = new Map(clients.map((client) => [client.id, client]));
    const rows = jobs.map((job) => {
      const client = byId.get(job.client_id);
      return [
        String(job.number),
        el('a', { href: '#/jobs/' + job.number }, [job.title]),
        client ? clientName(client) : '',
        statusLabel(job.status),
        pageDate(job.scheduled_on),
      ];
    });
    return el('section', { class: 'job-list' }, [
      el('h2', {}, ['Jobs']),
      table(['Job #', 'Title', 'Client', 'Status', 'Scheduled'], rows),
    ]);
  }

  async function renderJob(number) {
    const job = await findByNumber('jobs', number);
    if (!job) return notFoundView('Job #' + number + ' was not found.');
    const client = await api('/api/v1/clients/' + encodeURIComponent(job.client_id));
    const clientLink = client
      ? el('a', { href: '#/clients/' + client.number }, [clientName(client)])
      : '';
    return el('section', { class: 'job-view', 'data-job-number': job.number }, [
      el('h2', { class: 'job-title' }, [job.title]),
      fields('job-fields', [
        ['Job #', String(job.number)],
        ['Client', clientLink],
        ['Status', statusLabel(job.status), { 'data-status': job.status }],
        ['Scheduled', pageDate(job.scheduled_on)],
        ['Total', money.format(job.total)],
        ['Address', job.address || ''],
      ]),
    ]);
  }

  async function renderClientList() {
    const clients = await listAll('clients');
    const rows = clients.map((client) => [
      String(client.number),
      el('a', { href: '#/clients/' + client.number }, [clientName(client)]),
      client.email || '',
      client.phone || '',
    ]);
    return el('section', { class: 'client-list' }, [
      el('h2', {}, ['Clients']),
      table(['Client #', 'Name', 'Email', 'Phone'], rows),
    ]);
  }

  async function renderClient(number) {
    const client = await findByNumber('clients', number);
    if (!client) return notFoundView('Client #' + number + ' was not found.');
    const jobs = await listAll('jobs', '&client_id=' + encodeURIComponent(client.id));
    const address = client.address || {};
    const street = [address.street, address.city].filter(Boolean).join(', ');
    const jobLinks = jobs.map((job) =>
      el('li', {}, [el('a', { href: '#/jobs/' + job.number }, [job.title])]),
    );
    return el('section', { class: 'client-view', 'data-client-number': client.number }, [
      el('h2', { class: 'client-name' }, [clientName(client)]),
      fields('client-fields', [
        ['Name', [client.first_name, client.last_name].filter(Boolean).join(' ')],
        ['Company', client.company_name || ''],
        ['Email', client.email || ''],
        ['Phone', client.phone || ''],
        ['Address', street],
        ['Postcode', address.postcode || ''],
      ]),
      el('h3', {}, ['Jobs']),
      el('ul', { class: 'client-jobs' }, jobLinks),
    ]);
  }

  function notFoundView(message) {
    return el('section', { class: 'not-found' }, [
      el('h2', {}, ['Not found']),
      el('p', {}, [message]),
    ]);
  }

  function errorView(error) {
    return el('section', { class: 'error' }, [
      el('h2', {}, ['Something went wrong']),
      el('p', {}, [String(error && error.message ? error.message : error)]),
    ]);
  }

  async function route() {
    if (location.hash === '' || location.hash === '#' || location.hash === '#/') {
      location.replace('#/jobs');
      return;
    }
    const ticket = ++navigation;
    root.replaceChildren(el('p', { class: 'loading' }, ['Loading…']));
    const hash = location.hash;
    const match = routes.find(([pattern]) => pattern.test(hash));
    let view;
    try {
      view = match
        ? await match[1](...match[0].exec(hash).slice(1))
        : notFoundView('No page at ' + hash);
      await delay(RENDER_DELAY_MS);
    } catch (error) {
      view = errorView(error);
    }
    if (ticket !== navigation) return;
    root.replaceChildren(view);
    const heading = view.querySelector('h2');
    document.title = (heading ? heading.textContent + ' - ' : '') + 'Demo Scheduler';
  }

  window.addEventListener('hashchange', route);
  route();
})();
