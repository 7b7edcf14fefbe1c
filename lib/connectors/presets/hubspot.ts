import type { SystemConfig } from '../../config/schema';
import { param, type ConnectorPreset, type PresetInput } from './types';

const PORTAL = 'portalId';

/**
 * HubSpot CRM v3: contacts and deals, the deal stage as status. Record pages live under the
 * account's portal (hub) id, for example /contacts/123456/record/0-3/987 for a deal.
 */
export const HUBSPOT_PRESET: ConnectorPreset = {
  id: 'hubspot',
  label: 'HubSpot (contacts, deals)',
  kind: 'hubspot',
  summary: 'HubSpot CRM v3 objects API with a private app token; deal stages are the status.',
  defaults: {
    origin: 'https://app.hubspot.com',
    baseUrl: 'https://api.hubapi.com',
    auth: 'bearer',
  },
  params: [
    {
      key: PORTAL,
      label: 'Portal (hub) id',
      help: 'The number after /contacts/ in any HubSpot record URL.',
    },
  ],
  idFormats: [
    'Contact page /contacts/{portal}/record/0-1/{id}; deal page /contacts/{portal}/record/0-3/{id}.',
    'The page id is the API object id, for example 987654321.',
  ],
  concurrency:
    'HubSpot takes no version token on PATCH, so Lockstep re-reads the deal just before writing and stops on a changed stage.',
  rateLimits: [
    'HTTP 429 with a JSON body {"errorType": "RATE_LIMIT", "policyName": ...}: waits 1 s for SECONDLY, 10 s for TEN_SECONDLY_ROLLING, until midnight UTC for DAILY.',
    'Retry-After, when sent, wins.',
  ],
  build: (input) => buildHubspot(input),
};

function buildHubspot(input: PresetInput): SystemConfig {
  const portal = param(input, HUBSPOT_PRESET, PORTAL) || '0';
  const record = (objectType: string) => ({ path: `/contacts/${portal}/record/${objectType}/:id` });
  return {
    id: input.id,
    label: input.label,
    origins: [input.origin],
    dateFormat: 'iso',
    connector: { kind: 'hubspot', baseUrl: input.baseUrl, auth: input.auth, maxConcurrent: 2 },
    // NOTE: HubSpot's page markup is not a public contract, so no field extractors are preset;
    // add them with "Test on an open tab".
    recordTypes: [
      {
        id: 'contact',
        label: 'Contact',
        kind: 'party',
        url: record('0-1'),
        ready: 'body',
        fields: {},
      },
      { id: 'deal', label: 'Deal', kind: 'work', url: record('0-3'), ready: 'body', fields: {} },
    ],
    statuses: [
      { value: 'appointmentscheduled', label: 'Appointment scheduled', canonical: ['scheduled'] },
      { value: 'qualifiedtobuy', label: 'Qualified to buy', canonical: [] },
      {
        value: 'presentationscheduled',
        label: 'Presentation scheduled',
        canonical: ['in_progress'],
      },
      { value: 'decisionmakerboughtin', label: 'Decision maker bought-in', canonical: [] },
      { value: 'contractsent', label: 'Contract sent', canonical: ['completed', 'invoiced'] },
      { value: 'closedwon', label: 'Closed won', canonical: ['paid'] },
      { value: 'closedlost', label: 'Closed lost', canonical: ['cancelled'] },
    ],
  };
}
