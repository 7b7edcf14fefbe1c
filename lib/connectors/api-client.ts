import type { ConnectorConfig } from '../config/schema';
import { authCredentials, authHeaders } from './auth';
import { ConnectorError } from './errors';
import { classifyStatus, sendJson, type HttpRequest, type HttpResponse } from './http';
import type { SecretLookup } from './types';

/** Turns an error response into the vendor's ConnectorError; `fallback` is the shared mapping. */
export type ErrorClassifier = (response: HttpResponse, fallback: ConnectorError) => ConnectorError;

export interface ApiCall {
  method: HttpRequest['method'];
  /** Path and query on the base URL (empty for the base URL itself), or a full URL on its origin. */
  path: string;
  /** Words for error messages, for example `read invoice 42`. */
  what: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export type ApiClient = (call: ApiCall) => Promise<HttpResponse>;

/**
 * Creates the request function the configurable connectors share: auth headers or cookies
 * from the connector settings, JSON bodies, and errors classified by `classify`.
 */
export function createApiClient(
  config: ConnectorConfig,
  secrets: SecretLookup,
  fetchImpl: typeof fetch,
  options: { base?: string; headers?: Record<string, string>; classify?: ErrorClassifier } = {},
): ApiClient {
  const base = (options.base ?? config.baseUrl).replace(/\/$/, '');

  return async (call) => {
    const headers = {
      ...options.headers,
      ...(await authHeaders(config, secrets)),
      ...call.headers,
    };
    const relative = call.path === '' || call.path.startsWith('/');
    const url = relative ? `${base}${call.path}` : sameOrigin(call.path, base);
    const request = {
      method: call.method,
      url,
      headers,
      body: call.body,
      credentials: authCredentials(config),
    };
    const response = await sendJson(request, fetchImpl);

    const error = classifyStatus(response, call.what);
    if (!error) return response;
    throw options.classify ? options.classify(response, error) : error;
  };
}

/** Accepts an absolute URL only on the base URL's origin, so a response cannot redirect a token. */
function sameOrigin(url: string, base: string): string {
  if (new URL(url).origin === new URL(base).origin) return url;
  throw new ConnectorError(
    'permanent',
    `refusing to follow ${url}: it is not on ${new URL(base).origin}`,
  );
}
