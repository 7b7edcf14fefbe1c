// Demo CRM single-page app. It routes with history.pushState and renders each page from the
// CRM v3 API, using createElement and text nodes only, so record data is never parsed as HTML.
'use strict';

(function () {
  const root = document.getElementById('app');
  /** Pause before a page appears, in milliseconds, like a real single-page app rendering. */
  const RENDER_DELAY_MS = 120;
  const CONTACT_PROPERTIES = [
    ['firstname', 'First name'],
    ['lastname', 'Last name'],
    ['email', 'Email'],
    ['phone', 'Phone'],
    ['company', 'Company'],
    ['address', 'Street address'],
    ['city', 'City'],
    ['zip', 'Postal code'],
    ['country', 'Country'],
  ];
  const money = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD' });
  let navigation = 0;
  let stagesRequest = null;

  const routes = [
    [/^\/$/, renderHome],
    [/^\/contacts\/?$/, renderContactList],
    [/^\/contacts\/(\d+)\/?$/, renderContact],
    [/^\/deals\/?$/, renderDealList],
    [/^\/deals\/(\d+)\/?$/, renderDeal],
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
      location.assign('/login?next=' + encodeURIComponent(location.pathname + location.search));
      throw new Error('Signed out');
    }
    if (response.status === 404) return null;
    if (!response.ok) throw new Error('Request failed: HTTP ' + response.status + ' for ' + path);
    return response.json();
  }

  async function listAll(objectType) {
    const results = [];
    let after = null;
    do {
      const cursor = after === null ? '' : '&after=' + encodeURIComponent(after);
      const page = await api('/crm/v3/objects/' + objectType + '?limit=100' + cursor);
      results.push(...page.results);
      after = page.paging ? page.paging.next.after : null;
    } while (after !== null);
    return results;
  }

  function stages() {
    stagesRequest = stagesRequest || api('/crm/v3/pipelines/deals/default').then((p) => p.stages);
    return stagesRequest;
  }

  function stageLabel(allStages, id) {
    const stage = allStages.find((candidate) => candidate.id === id);
    return stage ? stage.label : id;
  }

  function contactName(properties) {
    const name = [properties.firstname, properties.lastname].filter(Boolean).join(' ');
    return name || properties.email || 'Unnamed contact';
  }

  function property(name, label, value, display) {
    const text = display === undefined ? (value ?? '') : display;
    // data-value carries the raw API value on both elements, so a reader can use either.
    const raw = value ?? '';
    return el('div', { 'data-test': 'property', 'data-property': name, 'data-value': raw }, [
      el('span', { class: 'label' }, [label]),
      ' ',
      el('span', { class: 'value', 'data-value': raw }, [text]),
    ]);
  }

  function recordPage(objectType, id, title, properties) {
    return el(
      'main',
      { 'data-test': 'record-page', 'data-object-type': objectType, 'data-object-id': id },
      [
        el('h1', { 'data-test': 'record-title' }, [title]),
        el('div', { class: 'properties' }, properties),
      ],
    );
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

  function renderHome() {
    history.replaceState(null, '', '/deals');
    return renderDealList();
  }

  async function renderContactList() {
    const contacts = await listAll('contacts');
    const rows = contacts.map((contact) => {
      const p = contact.properties;
      const link = el('a', { href: '/contacts/' + contact.id }, [contactName(p)]);
      return [link, p.email || '', p.phone || '', p.company || ''];
    });
    return el('main', { 'data-test': 'list-page', 'data-object-type': 'contact' }, [
      el('h1', {}, ['Contacts']),
      table(['Name', 'Email', 'Phone', 'Company'], rows),
    ]);
  }

  async function renderContact(id) {
    const contact = await api('/crm/v3/objects/contacts/' + id);
    if (!contact) return notFoundView('Contact ' + id + ' was not found.');
    const p = contact.properties;
    const properties = CONTACT_PROPERTIES.map(([key, label]) => property(key, label, p[key]));
    return recordPage('contact', contact.id, contactName(p), properties);
  }

  async function renderDealList() {
    const [deals, allStages] = await Promise.all([listAll('deals'), stages()]);
    const rows = deals.map((deal) => {
      const p = deal.properties;
      const link = el('a', { href: '/deals/' + deal.id }, [p.dealname]);
      return [
        link,
        stageLabel(allStages, p.dealstage),
        money.format(Number(p.amount)),
        p.closedate.slice(0, 10),
      ];
    });
    return el('main', { 'data-test': 'list-page', 'data-object-type': 'deal' }, [
      el('h1', {}, ['Deals']),
      table(['Deal name', 'Deal stage', 'Amount', 'Close date'], rows),
    ]);
  }

  async function renderDeal(id) {
    const [deal, allStages] = await Promise.all([api('/crm/v3/objects/deals/' + id), stages()]);
    if (!deal) return notFoundView('Deal ' + id + ' was not found.');
    const p = deal.properties;
    const association = deal.associations.contacts.results[0];
    const contact = association ? await api('/crm/v3/objects/contacts/' + association.id) : null;
    const closeDate = p.closedate.slice(0, 10);
    const properties = [
      property('dealname', 'Deal name', p.dealname),
      property('dealstage', 'Deal stage', p.dealstage, stageLabel(allStages, p.dealstage)),
      property('amount', 'Amount', p.amount, money.format(Number(p.amount))),
      property('closedate', 'Close date', closeDate),
      contactProperty(association, contact),
    ];
    if (p.scheduler_job_number) {
      properties.push(
        property('scheduler_job_number', 'Scheduler job number', p.scheduler_job_number),
      );
    }
    if (p.books_invoice_id) {
      properties.push(property('books_invoice_id', 'Books invoice ID', p.books_invoice_id));
    }
    return recordPage('deal', deal.id, p.dealname, properties);
  }

  function contactProperty(association, contact) {
    if (!association) return property('contact', 'Contact', '');
    const name = contact ? contactName(contact.properties) : 'Contact ' + association.id;
    const link = el(
      'a',
      { href: '/contacts/' + association.id, 'data-contact-id': association.id },
      [name],
    );
    return property('contact', 'Contact', association.id, link);
  }

  function notFoundView(message) {
    return el('main', { 'data-test': 'not-found' }, [
      el('h1', {}, ['Not found']),
      el('p', {}, [message]),
    ]);
  }

  function errorView(error) {
    return el('main', { 'data-test': 'error' }, [
      el('h1', {}, ['Something went wrong']),
      el('p', {}, [String(error && error.message ? error.message : error)]),
    ]);
  }

  async function route() {
    const ticket = ++navigation;
    root.replaceChildren(el('p', { 'data-test': 'loading' }, ['Loading…']));
    const path = location.pathname;
    const match = routes.find(([pattern]) => pattern.test(path));
    let view;
    try {
      view = match
        ? await match[1](...match[0].exec(path).slice(1))
        : notFoundView('No page at ' + path);
      await delay(RENDER_DELAY_MS);
    } catch (error) {
      view = errorView(error);
    }
    if (ticket !== navigation) return;
    root.replaceChildren(view);
    const heading = view.querySelector('h1');
    document.title = (heading ? heading.textContent + ' - ' : '') + 'Demo CRM';
  }

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin) return;
    if (!routes.some(([pattern]) => pattern.test(url.pathname))) return;
    event.preventDefault();
    if (url.pathname + url.search !== location.pathname + location.search) {
      history.pushState(null, '', url.pathname + url.search);
    }
    window.scrollTo(0, 0);
    route();
  });
  window.addEventListener('popstate', route);
  route();
})();
