import { fillTemplate } from '../config/body-template';
import type { RestRecordType } from '../config/rest-schema';
import type { FieldMapping, SystemConfig } from '../config/schema';
import { createApiClient, type ApiCall } from './api-client';
import { ConnectorError } from './errors';
import type { HttpResponse } from './http';
import { readPath } from './json-path';
import { listItems } from './rest-paging';
import { toCachedRecord, type RecordContext } from './rest-record';
import type { Connector, RemoteState, SecretLookup } from './types';

/**
 * Connector driven entirely by the workspace: list and read paths, field paths, a status write
 * built from a JSON body template, and a version token from a header or a body field.
 */
export function createGenericRestConnector(
  system: SystemConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch = fetch,
  mappings: FieldMapping[] = [],
): Connector {
  const rest = system.connector.rest;
  if (!rest)
    throw new ConnectorError('permanent', `system "${system.id}" has no generic REST settings`);
  const client = createApiClient(system.connector, secrets, fetchImpl, {
    classify: classifyRestError,
  });

  const contextFor = (type: string): RecordContext => {
    const recordType = system.recordTypes.find((item) => item.id === type);
    const settings = rest.recordTypes[type];
    if (!recordType || !settings) {
      throw new ConnectorError('permanent', `system "${system.id}" has no record type "${type}"`);
    }
    const own = mappings.filter(
      (item) => item.from.system === system.id && item.from.recordType === type,
    );
    return { system: system.id, recordType, settings, mappings: own };
  };

  const read = async (type: string, id: string): Promise<RemoteState> => {
    const context = contextFor(type);
    const path = fillPath(context.settings.readPath, id);
    const response = await client({ method: 'GET', path, what: `read ${type} ${id}` });
    return toState(context, response);
  };

  return {
    read,

    async listAll(type) {
      const context = contextFor(type);
      const { settings } = context;
      const fetchPage = async (path: string) =>
        (await client({ method: 'GET', path, what: `list ${type}` })).body;
      const items = await listItems(
        settings.pagination,
        settings.listPath,
        settings.itemsPath,
        fetchPage,
      );
      return items.map((item) => toCachedRecord(context, item));
    },

    async writeStatus(type, id, value, { current, idempotencyKey }) {
      const context = contextFor(type);
      const request = writeRequest(context.settings, id, value, current.version);
      const headers: Record<string, string> = {
        'Idempotency-Key': idempotencyKey,
        ...request.headers,
      };
      const response = await client({ ...request, headers, what: `update ${type} ${id}` });

      const item = readPath(response.body, context.settings.itemPath);
      if (readPath(item, context.settings.statusPath) === undefined) return read(type, id);
      return toState(context, response);
    },

    describeWrite(type, id, value) {
      const request = writeRequest(contextFor(type).settings, id, value, undefined);
      return `${request.method} ${request.path} ${JSON.stringify(request.body)}`;
    },
  };
}

function writeRequest(
  settings: RestRecordType,
  id: string,
  value: string,
  version: string | undefined,
): Omit<ApiCall, 'what'> {
  const write = settings.write;
  if (!write)
    throw new ConnectorError(
      'permanent',
      'this record type has no write settings; add them in the options page',
    );

  const headers: Record<string, string> = {};
  if (write.versionIn === 'if-match' && version !== undefined) headers['If-Match'] = version;
  const versionValue =
    write.versionIn === 'body' && version !== undefined ? parseVersion(version, settings) : null;
  const body = fillTemplate(write.body, {
    '{{status}}': value,
    '{{version}}': versionValue,
    '{{id}}': id,
  });
  return { method: write.method, path: fillPath(write.path, id), headers, body };
}

/** Body versions are stored as JSON text (see toCachedRecord); header versions are plain text. */
function parseVersion(version: string, settings: RestRecordType): unknown {
  if (settings.version.from !== 'body') return version;
  try {
    return JSON.parse(version);
  } catch {
    return version;
  }
}

function toState(context: RecordContext, response: HttpResponse): RemoteState {
  const { settings } = context;
  const header =
    settings.version.from === 'header' ? response.headers.get(settings.version.header) : null;
  const record = toCachedRecord(
    context,
    readPath(response.body, settings.itemPath),
    header ?? undefined,
  );
  return { status: record.status ?? '', version: record.version, record };
}

function fillPath(template: string, id: string): string {
  return template.replaceAll('{id}', encodeURIComponent(id));
}

/** Generic APIs report a stale version as 409 or 412, and a missing one as 428. */
function classifyRestError(response: HttpResponse, fallback: ConnectorError): ConnectorError {
  const detail = errorDetail(response.body);
  const message = detail ? `${fallback.message}: ${detail}` : fallback.message;
  if (response.status === 409) return new ConnectorError('conflict', message, undefined, 409);
  if (response.status === 428) {
    return new ConnectorError(
      'permanent',
      `${message}; the API requires a version, so set the version source and If-Match`,
      undefined,
      428,
    );
  }
  return new ConnectorError(fallback.kind, message, fallback.retryAfterMs, fallback.httpStatus);
}

function errorDetail(body: unknown): string | undefined {
  if (typeof body === 'string') return body.slice(0, 200);
  const candidates = [
    readPath(body, 'error.message'),
    readPath(body, 'message'),
    readPath(body, 'error'),
  ];
  const text = candidates.find((value) => typeof value === 'string');
  return typeof text === 'string' ? text.slice(0, 200) : undefined;
}
