import { DEFAULT_MATCH_THRESHOLDS, type Workspace } from './schema';

import { DEMO_PORTS, demoOrigin as origin } from './demo-origins';

export { DEMO_MATCH_PATTERNS, DEMO_PORTS } from './demo-origins';

/** The workspace that ships with the extension: the three demo apps in `demo/`. */
export const DEMO_WORKSPACE: Workspace = {
  schemaVersion: 2,
  name: 'Demo workspace',
  canonicalStatuses: [
    { id: 'scheduled', label: 'Scheduled', highImpact: false },
    { id: 'in_progress', label: 'In progress', highImpact: false },
    { id: 'completed', label: 'Completed', highImpact: false },
    { id: 'invoiced', label: 'Invoiced', highImpact: false },
    { id: 'paid', label: 'Paid', highImpact: false },
    { id: 'on_hold', label: 'On hold', highImpact: false },
    { id: 'cancelled', label: 'Cancelled', highImpact: true },
  ],
  systems: [
    {
      id: 'crm',
      label: 'CRM',
      origins: [origin(DEMO_PORTS.crm)],
      defaultRegion: 'AU',
      dateFormat: 'iso',
      connector: {
        kind: 'hubspot',
        baseUrl: origin(DEMO_PORTS.crm),
        auth: { type: 'bearer', secretId: 'crm' },
        maxConcurrent: 2,
      },
      recordTypes: [
        {
          id: 'contact',
          label: 'Contact',
          kind: 'party',
          url: { path: '/contacts/:id' },
          ready: '[data-test="record-page"][data-object-type="contact"]',
          fields: {
            given_name: crmProperty('firstname'),
            surname: crmProperty('lastname'),
            email: crmProperty('email'),
            phone: crmProperty('phone'),
            company: crmProperty('company'),
            address: crmProperty('address'),
            city: crmProperty('city'),
            postcode: crmProperty('zip'),
          },
        },
        {
          id: 'deal',
          label: 'Deal',
          kind: 'work',
          url: { path: '/deals/:id' },
          ready: '[data-test="record-page"][data-object-type="deal"]',
          fields: {
            title: crmProperty('dealname'),
            amount: crmProperty('amount'),
            status: {
              from: 'selector',
              selector: '[data-property="dealstage"]',
              attribute: 'data-value',
            },
          },
        },
      ],
      statuses: [
        { value: 'appointmentscheduled', label: 'Job scheduled', canonical: ['scheduled'] },
        { value: 'presentationscheduled', label: 'Work in progress', canonical: ['in_progress'] },
        { value: '201345678', label: 'Work done', canonical: ['completed'] },
        { value: 'contractsent', label: 'Invoiced', canonical: ['invoiced'] },
        { value: 'closedwon', label: 'Paid', canonical: ['paid'] },
        { value: '201345680', label: 'On hold', canonical: ['on_hold'] },
        { value: 'closedlost', label: 'Cancelled', canonical: ['cancelled'] },
      ],
    },
    {
      id: 'books',
      label: 'Books',
      origins: [origin(DEMO_PORTS.books)],
      defaultRegion: 'AU',
      dateFormat: 'us',
      connector: {
        kind: 'qbo',
        baseUrl: origin(DEMO_PORTS.books),
        auth: { type: 'bearer', secretId: 'books' },
        realmId: '9130357766433',
        maxConcurrent: 2,
      },
      recordTypes: [
        {
          id: 'customer',
          label: 'Customer',
          kind: 'party',
          url: { path: '/app/customerdetail', idParam: 'nameId' },
          ready: '#record[data-entity="Customer"]',
          fields: {
            name: { from: 'label', label: 'Display name' },
            given_name: { from: 'label', label: 'Given name' },
            surname: { from: 'label', label: 'Family name' },
            company: { from: 'label', label: 'Company' },
            email: { from: 'label', label: 'Email' },
            phone: { from: 'label', label: 'Phone' },
            address: { from: 'label', label: 'Address' },
            city: { from: 'label', label: 'City' },
            postcode: { from: 'label', label: 'Postcode' },
          },
        },
        {
          id: 'invoice',
          label: 'Invoice',
          kind: 'work',
          url: { path: '/app/invoice', idParam: 'txnId' },
          ready: '#record[data-entity="Invoice"]',
          fields: {
            title: { from: 'label', label: 'Invoice no.' },
            amount: { from: 'label', label: 'Amount' },
            status: { from: 'label', label: 'Status' },
            date: { from: 'label', label: 'Date' },
          },
        },
      ],
      statuses: [
        { value: 'draft', label: 'Draft', canonical: ['scheduled', 'in_progress', 'on_hold'] },
        { value: 'sent', label: 'Sent', canonical: ['invoiced', 'completed'] },
        { value: 'paid', label: 'Paid', canonical: ['paid'] },
        { value: 'void', label: 'Void', canonical: ['cancelled'] },
      ],
    },
    {
      id: 'scheduler',
      label: 'Scheduler',
      origins: [origin(DEMO_PORTS.scheduler)],
      defaultRegion: 'AU',
      dateFormat: 'eu',
      connector: {
        kind: 'scheduler-rest',
        baseUrl: origin(DEMO_PORTS.scheduler),
        auth: { type: 'bearer', secretId: 'scheduler' },
        maxConcurrent: 2,
      },
      recordTypes: [
        {
          id: 'client',
          label: 'Client',
          kind: 'party',
          url: { hash: '#/clients/:id' },
          ready: '.client-view',
          fields: {
            name: { from: 'label', label: 'Name' },
            company: { from: 'label', label: 'Company' },
            email: { from: 'label', label: 'Email' },
            phone: { from: 'label', label: 'Phone' },
            address: { from: 'label', label: 'Address' },
            postcode: { from: 'label', label: 'Postcode' },
          },
        },
        {
          id: 'job',
          label: 'Job',
          kind: 'work',
          url: { hash: '#/jobs/:id' },
          ready: '.job-view',
          fields: {
            title: { from: 'selector', selector: '.job-title' },
            amount: { from: 'label', label: 'Total' },
            status: { from: 'selector', selector: 'dd[data-status]', attribute: 'data-status' },
            date: { from: 'label', label: 'Scheduled' },
          },
        },
      ],
      statuses: [
        { value: 'scheduled', label: 'Scheduled', canonical: ['scheduled', 'on_hold'] },
        { value: 'in_progress', label: 'In progress', canonical: ['in_progress'] },
        { value: 'completed', label: 'Completed', canonical: ['completed', 'invoiced', 'paid'] },
        { value: 'cancelled', label: 'Cancelled', canonical: ['cancelled'] },
      ],
    },
  ],
  // The demo connectors read their cross-reference fields in code, so no mappings are needed.
  fieldMappings: [],
  sourceOfTruth: {},
  matchThresholds: { ...DEFAULT_MATCH_THRESHOLDS },
};

/** Demo API tokens, written to `storage.local` on install; real systems get theirs in the options page. */
export const DEMO_SECRETS: Record<string, string> = {
  crm: 'demo-crm-token',
  books: 'demo-books-token',
  scheduler: 'demo-scheduler-token',
};

function crmProperty(name: string) {
  return { from: 'selector', selector: `[data-property="${name}"] .value` } as const;
}
