import type { SystemConfig } from '../../config/schema';
import { param, type ConnectorPreset, type PresetInput } from './types';

const TENANT = 'tenantId';

/** Xero accounting API: contacts and sales invoices, with Xero's own invoice statuses. */
export const XERO_PRESET: ConnectorPreset = {
  id: 'xero',
  label: 'Xero (invoices)',
  kind: 'xero',
  summary:
    'Xero accounting API (api.xro/2.0) with an OAuth 2.0 access token and the organisation tenant id.',
  defaults: { origin: 'https://go.xero.com', baseUrl: 'https://api.xero.com', auth: 'bearer' },
  params: [
    {
      key: TENANT,
      label: 'Tenant id',
      help: 'The tenantId of the organisation, from the /connections endpoint.',
    },
  ],
  idFormats: [
    'Invoice page /AccountsReceivable/View.aspx?InvoiceID={id}; contact page /Contacts/View/{id}.',
    'The page id is the API InvoiceID or ContactID, a GUID.',
  ],
  concurrency:
    'Xero has no version token, so a write re-reads the invoice and stops when UpdatedDateUTC moved. PAID comes from recording a payment and is never written; writes send an Idempotency-Key.',
  rateLimits: [
    'HTTP 429 with Retry-After in seconds and X-Rate-Limit-Problem (minute, day or concurrent).',
  ],
  build: (input) => buildXero(input),
};

function buildXero(input: PresetInput): SystemConfig {
  return {
    id: input.id,
    label: input.label,
    origins: [input.origin],
    dateFormat: 'iso',
    connector: {
      kind: 'xero',
      baseUrl: input.baseUrl,
      auth: input.auth,
      tenantId: param(input, XERO_PRESET, TENANT) || undefined,
      maxConcurrent: 2,
    },
    recordTypes: [
      {
        id: 'contact',
        label: 'Contact',
        kind: 'party',
        url: { path: '/Contacts/View/:id' },
        ready: 'body',
        fields: {},
      },
      {
        id: 'invoice',
        label: 'Invoice',
        kind: 'work',
        url: { path: '/AccountsReceivable/View.aspx', idParam: 'InvoiceID' },
        ready: 'body',
        fields: {},
      },
    ],
    statuses: [
      { value: 'DRAFT', label: 'Draft', canonical: ['scheduled', 'in_progress', 'on_hold'] },
      { value: 'SUBMITTED', label: 'Awaiting approval', canonical: ['completed'] },
      { value: 'AUTHORISED', label: 'Awaiting payment', canonical: ['invoiced'] },
      { value: 'PAID', label: 'Paid', canonical: ['paid'] },
      { value: 'VOIDED', label: 'Voided', canonical: ['cancelled'] },
      { value: 'DELETED', label: 'Deleted', canonical: [] },
    ],
  };
}
