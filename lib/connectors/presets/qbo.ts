import type { SystemConfig } from '../../config/schema';
import { param, type ConnectorPreset, type PresetInput } from './types';

const REALM = 'realmId';

/** QuickBooks Online accounting API: customers and invoices, with the derived invoice status. */
export const QBO_PRESET: ConnectorPreset = {
  id: 'qbo',
  label: 'QuickBooks Online (customers, invoices)',
  kind: 'qbo',
  summary:
    'QuickBooks Online v3 accounting API with an OAuth 2.0 access token and the company (realm) id.',
  defaults: {
    origin: 'https://app.qbo.intuit.com',
    baseUrl: 'https://quickbooks.api.intuit.com',
    auth: 'bearer',
  },
  params: [
    {
      key: REALM,
      label: 'Company (realm) id',
      help: 'Shown in QuickBooks under Settings, Account and settings, Billing and subscription.',
    },
  ],
  idFormats: [
    'Customer page /app/customerdetail?nameId={id}; invoice page /app/invoice?txnId={id}.',
    'The page id is the entity Id of the API, for example 130.',
  ],
  concurrency:
    'Every update sends the SyncToken it read; a stale one is fault 5010 (HTTP 400), treated as a conflict. Writes carry requestid for idempotency.',
  rateLimits: [
    'HTTP 429 with fault code 3001 (ThrottleExceeded): retried with backoff, or after Retry-After when sent.',
  ],
  build: (input) => buildQbo(input),
};

function buildQbo(input: PresetInput): SystemConfig {
  return {
    id: input.id,
    label: input.label,
    origins: [input.origin],
    dateFormat: 'us',
    connector: {
      kind: 'qbo',
      baseUrl: input.baseUrl,
      auth: input.auth,
      realmId: param(input, QBO_PRESET, REALM) || undefined,
      maxConcurrent: 2,
    },
    recordTypes: [
      {
        id: 'customer',
        label: 'Customer',
        kind: 'party',
        url: { path: '/app/customerdetail', idParam: 'nameId' },
        ready: 'body',
        fields: {},
      },
      {
        id: 'invoice',
        label: 'Invoice',
        kind: 'work',
        url: { path: '/app/invoice', idParam: 'txnId' },
        ready: 'body',
        fields: {},
      },
    ],
    statuses: [
      { value: 'draft', label: 'Draft', canonical: ['scheduled', 'in_progress', 'on_hold'] },
      { value: 'sent', label: 'Sent', canonical: ['invoiced', 'completed'] },
      { value: 'paid', label: 'Paid', canonical: ['paid'] },
      { value: 'void', label: 'Void', canonical: ['cancelled'] },
    ],
  };
}
