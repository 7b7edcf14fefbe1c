import type { SystemConfig } from '../../config/schema';
import type { ConnectorPreset, PresetInput } from './types';

/** Jobber's GraphQL API: jobs and clients. */
export const JOBBER_PRESET: ConnectorPreset = {
  id: 'jobber',
  label: 'Jobber (jobs, GraphQL)',
  kind: 'jobber',
  summary: 'Jobber GraphQL API with an OAuth 2.0 access token; jobs can be archived or reopened.',
  defaults: {
    origin: 'https://secure.getjobber.com',
    baseUrl: 'https://api.getjobber.com/api/graphql',
    auth: 'bearer',
  },
  params: [],
  idFormats: [
    'Job page /work_orders/{number}; client page /clients/{number}.',
    'API ids are encoded global ids, base64 of gid://Jobber/Job/{number}; Lockstep decodes them to match the page.',
  ],
  concurrency:
    'No version token; Lockstep re-reads the job just before writing and stops on a changed status.',
  rateLimits: [
    'Throttling arrives as HTTP 200 with an error whose extensions.code is THROTTLED; the wait comes from extensions.cost (requested cost, points available, restore rate).',
  ],
  build: (input) => buildJobber(input),
};

function buildJobber(input: PresetInput): SystemConfig {
  return {
    id: input.id,
    label: input.label,
    origins: [input.origin],
    dateFormat: 'iso',
    connector: { kind: 'jobber', baseUrl: input.baseUrl, auth: input.auth, maxConcurrent: 2 },
    recordTypes: [
      {
        id: 'client',
        label: 'Client',
        kind: 'party',
        url: { path: '/clients/:id' },
        ready: 'body',
        fields: {},
      },
      {
        id: 'job',
        label: 'Job',
        kind: 'work',
        url: { path: '/work_orders/:id' },
        ready: 'body',
        fields: {},
      },
    ],
    // Jobber derives every status except archived from visits and invoices.
    statuses: [
      { value: 'active', label: 'Active', canonical: ['in_progress'] },
      { value: 'upcoming', label: 'Upcoming', canonical: [] },
      { value: 'today', label: 'Today', canonical: [] },
      { value: 'late', label: 'Late', canonical: [] },
      { value: 'action_required', label: 'Action required', canonical: [] },
      { value: 'requires_invoicing', label: 'Requires invoicing', canonical: [] },
      { value: 'unscheduled', label: 'Unscheduled', canonical: [] },
      { value: 'on_hold', label: 'On hold', canonical: [] },
      { value: 'archived', label: 'Archived', canonical: ['completed'] },
    ],
  };
}
