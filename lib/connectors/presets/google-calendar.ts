import type { SystemConfig } from '../../config/schema';
import { param, type ConnectorPreset, type PresetInput } from './types';

const CALENDAR = 'calendarId';

/** Google Calendar API v3: the events of one calendar. */
export const GOOGLE_CALENDAR_PRESET: ConnectorPreset = {
  id: 'google-calendar',
  label: 'Google Calendar (events)',
  kind: 'google-calendar',
  summary:
    'Google Calendar API v3 with an OAuth 2.0 access token; event status is confirmed, tentative or cancelled.',
  defaults: {
    origin: 'https://calendar.google.com',
    baseUrl: 'https://www.googleapis.com/calendar/v3',
    auth: 'bearer',
  },
  params: [
    {
      key: CALENDAR,
      label: 'Calendar id',
      help: 'primary, or the calendar address from its settings.',
      defaultValue: 'primary',
    },
  ],
  idFormats: [
    'Event page /calendar/event?eid={eid}; the eid is base64url of "eventId calendarId", not the API event id.',
    "Lockstep reads the eid from each event's htmlLink.",
  ],
  concurrency: 'Each event has an ETag; writes send it as If-Match and a 412 reply is a conflict.',
  rateLimits: [
    'HTTP 403 or 429 with reason rateLimitExceeded or userRateLimitExceeded: retried with backoff. Other 403 reasons are not retried.',
  ],
  build: (input) => buildCalendar(input),
};

function buildCalendar(input: PresetInput): SystemConfig {
  return {
    id: input.id,
    label: input.label,
    origins: [input.origin],
    dateFormat: 'iso',
    connector: {
      kind: 'google-calendar',
      baseUrl: input.baseUrl,
      auth: input.auth,
      calendarId: param(input, GOOGLE_CALENDAR_PRESET, CALENDAR),
      maxConcurrent: 2,
    },
    // NOTE: Calendar also opens events at /calendar/u/0/r/eventedit/{eid}; add a second
    // record type with that path if your users open events there.
    recordTypes: [
      {
        id: 'event',
        label: 'Event',
        kind: 'work',
        url: { path: '/calendar/event', idParam: 'eid' },
        ready: 'body',
        fields: {},
      },
    ],
    statuses: [
      {
        value: 'confirmed',
        label: 'Confirmed',
        canonical: ['scheduled', 'in_progress', 'completed'],
      },
      { value: 'tentative', label: 'Tentative', canonical: ['on_hold'] },
      { value: 'cancelled', label: 'Cancelled', canonical: ['cancelled'] },
    ],
  };
}
