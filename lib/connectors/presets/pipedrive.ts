import type { SystemConfig } from '../../config/schema';
import { param, type ConnectorPreset, type PresetInput } from './types';

const COMPANY = 'companyDomain';

/** Pipedrive API v2: deals (open, won, lost) and persons. */
export const PIPEDRIVE_PRESET: ConnectorPreset = {
  id: 'pipedrive',
  label: 'Pipedrive (deals)',
  kind: 'pipedrive',
  summary: 'Pipedrive API v2 with a personal API token in the x-api-token header.',
  defaults: {
    origin: 'https://example.pipedrive.com',
    baseUrl: 'https://api.pipedrive.com',
    auth: 'apiKey',
    apiKeyHeader: 'x-api-token',
  },
  params: [
    {
      key: COMPANY,
      label: 'Company domain',
      help: 'The first part of your Pipedrive address, for example acme for acme.pipedrive.com.',
    },
  ],
  idFormats: [
    'Deal page /deal/{id}; person page /person/{id}.',
    'The page id is the API id, a number.',
  ],
  concurrency:
    'None: Pipedrive takes no version token, so the last write wins after Lockstep re-reads the deal.',
  rateLimits: ['HTTP 429 with Retry-After, or x-ratelimit-reset in seconds.'],
  build: (input) => buildPipedrive(input),
};

function buildPipedrive(input: PresetInput): SystemConfig {
  const company = param(input, PIPEDRIVE_PRESET, COMPANY);
  const origin = company ? `https://${company}.pipedrive.com` : input.origin;
  return {
    id: input.id,
    label: input.label,
    origins: [origin],
    dateFormat: 'iso',
    connector: { kind: 'pipedrive', baseUrl: input.baseUrl, auth: input.auth, maxConcurrent: 2 },
    recordTypes: [
      {
        id: 'person',
        label: 'Person',
        kind: 'party',
        url: { path: '/person/:id' },
        ready: 'body',
        fields: {},
      },
      {
        id: 'deal',
        label: 'Deal',
        kind: 'work',
        url: { path: '/deal/:id' },
        ready: 'body',
        fields: {},
      },
    ],
    statuses: [
      {
        value: 'open',
        label: 'Open',
        canonical: ['scheduled', 'in_progress', 'on_hold', 'completed', 'invoiced'],
      },
      { value: 'won', label: 'Won', canonical: ['paid'] },
      { value: 'lost', label: 'Lost', canonical: ['cancelled'] },
    ],
  };
}
