import type { FieldMapping, SystemConfig } from '../config/schema';
import { recordKey, type CachedRecord } from '../records/types';
import { createApiClient } from './api-client';
import { ConnectorError } from './errors';
import type { HttpResponse } from './http';
import { readPath } from './json-path';
import { readXrefs } from './rest-record';
import type { Connector, RemoteState, SecretLookup } from './types';

const PAGE_SIZE = 250;
/** Event statuses Google Calendar accepts on update. */
const WRITABLE = new Set(['confirmed', 'tentative', 'cancelled']);
/** 403 and 429 reasons that mean "slow down" rather than "not allowed". */
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

type Event = Record<string, unknown>;

/**
 * Connector for the Google Calendar API v3: the events of one calendar. Each event carries an
 * ETag; a write sends it as If-Match and Google replies 412 when the event changed.
 */
export function createGoogleCalendarConnector(
  system: SystemConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch = fetch,
  mappings: FieldMapping[] = [],
): Connector {
  const calendarId = system.connector.calendarId;
  if (!calendarId)
    throw new ConnectorError(
      'permanent',
      `system "${system.id}" needs connector.calendarId for Google Calendar`,
    );
  const events = `/calendars/${encodeURIComponent(calendarId)}/events`;
  const client = createApiClient(system.connector, secrets, fetchImpl, {
    classify: classifyGoogleError,
  });
  const own = mappings.filter(
    (entry) => entry.from.system === system.id && entry.from.recordType === 'event',
  );
  const toRecord = (event: Event) => eventRecord(system.id, calendarId, event, own);
  const checkType = (type: string) => {
    if (type !== 'event')
      throw new ConnectorError(
        'permanent',
        `Google Calendar connector has no record type "${type}"; use event`,
      );
  };

  return {
    async listAll(type) {
      checkType(type);
      const records: CachedRecord[] = [];
      for (let token: string | undefined; ;) {
        const query = `maxResults=${PAGE_SIZE}&singleEvents=true${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`;
        const response = await client({
          method: 'GET',
          path: `${events}?${query}`,
          what: 'list events',
        });
        records.push(...((readPath(response.body, 'items') ?? []) as Event[]).map(toRecord));
        const next = readPath(response.body, 'nextPageToken');
        if (typeof next !== 'string' || !next) return records;
        token = next;
      }
    },

    async read(type, id) {
      checkType(type);
      const response = await client({
        method: 'GET',
        path: `${events}/${encodeURIComponent(id)}`,
        what: `read event ${id}`,
      });
      return stateOf(toRecord(response.body as Event));
    },

    async writeStatus(type, id, value, { current }) {
      checkType(type);
      if (!WRITABLE.has(value))
        throw new ConnectorError(
          'permanent',
          `Google Calendar events take confirmed, tentative or cancelled, not "${value}"`,
        );
      const headers: Record<string, string> = current.version
        ? { 'If-Match': current.version }
        : {};
      const response = await client({
        method: 'PATCH',
        path: `${events}/${encodeURIComponent(id)}`,
        what: `update event ${id}`,
        headers,
        body: { status: value },
      });
      return stateOf(toRecord(response.body as Event));
    },

    describeWrite(_type, id, value) {
      return `PATCH ${events}/${id} ${JSON.stringify({ status: value })}`;
    },
  };
}

/**
 * Google reports quota errors as 403 (or 429) with `error.errors[].reason` rateLimitExceeded
 * or userRateLimitExceeded; those are retried, while other 403 reasons are not.
 */
function classifyGoogleError(response: HttpResponse, fallback: ConnectorError): ConnectorError {
  const reasons = ((readPath(response.body, 'error.errors') ?? []) as { reason?: string }[]).map(
    (error) => error.reason,
  );
  const detail = readPath(response.body, 'error.message');
  const message = typeof detail === 'string' ? `${fallback.message}: ${detail}` : fallback.message;
  if (reasons.some((reason) => reason && RATE_LIMIT_REASONS.has(reason))) {
    return new ConnectorError('retryable', message, fallback.retryAfterMs, response.status);
  }
  return new ConnectorError(fallback.kind, message, fallback.retryAfterMs, fallback.httpStatus);
}

function stateOf(record: CachedRecord): RemoteState {
  return { status: record.status ?? '', version: record.version, record };
}

/**
 * Returns the `eid` query parameter of the event's page: taken from `htmlLink` when present, else
 * base64url of "eventId calendarId" without padding, as Calendar builds it.
 */
export function eventPageId(event: Event, calendarId: string): string {
  const link = typeof event.htmlLink === 'string' ? event.htmlLink : undefined;
  const fromLink = link ? new URL(link).searchParams.get('eid') : null;
  if (fromLink) return fromLink;
  const owner = readPath(event, 'organizer.email');
  const text = `${String(event.id)} ${typeof owner === 'string' ? owner : calendarId}`;
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function eventRecord(
  system: string,
  calendarId: string,
  event: Event,
  mappings: FieldMapping[],
): CachedRecord {
  const id = String(event.id);
  const etag = typeof event.etag === 'string' ? event.etag : undefined;
  return {
    key: recordKey(system, 'event', id),
    system,
    type: 'event',
    kind: 'work',
    id,
    pageId: eventPageId(event, calendarId),
    title: typeof event.summary === 'string' && event.summary ? event.summary : `Event ${id}`,
    fields: {},
    status: typeof event.status === 'string' ? event.status : undefined,
    version: etag,
    xrefs: readXrefs(event, mappings),
    updatedAt: typeof event.updated === 'string' ? event.updated : '',
  };
}
