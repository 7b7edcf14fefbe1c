import { ConnectorError, parseRetryAfter } from './errors';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
  /** `include` sends the browser's cookies for the URL, for session-cookie auth. */
  credentials?: 'omit' | 'include';
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Default per-request time-out; a demo fault can hold a connection open much longer. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Sends one JSON request. Network failures and time-outs become retryable ConnectorErrors;
 * HTTP error statuses are returned for the connector to classify with its vendor's rules.
 */
export async function sendJson(
  request: HttpRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<HttpResponse> {
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetchImpl(request.url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      credentials: request.credentials ?? 'omit',
    });
  } catch (error) {
    const seconds = (request.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000;
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const reason = timedOut
      ? `timed out after ${seconds} s`
      : 'failed: the connection was lost or refused';
    throw new ConnectorError(
      'retryable',
      `${request.method} ${new URL(request.url).host} ${reason}`,
    );
  }
  return { status: response.status, headers: response.headers, body: await readBody(response) };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Maps the statuses every vendor shares; returns undefined for 2xx. */
export function classifyStatus(
  response: HttpResponse,
  what: string,
  now = Date.now(),
): ConnectorError | undefined {
  const { status } = response;
  if (status >= 200 && status < 300) return undefined;

  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now);
  if (status === 429)
    return new ConnectorError('retryable', `${what}: rate limited (429)`, retryAfterMs, status);
  if (status >= 500 || status === 408) {
    return new ConnectorError('retryable', `${what}: server error ${status}`, retryAfterMs, status);
  }
  if (status === 412)
    return new ConnectorError(
      'conflict',
      `${what}: record changed since it was read (412)`,
      undefined,
      status,
    );
  if (status === 401 || status === 403) {
    return new ConnectorError(
      'permanent',
      `${what}: not authorised (${status}); check the API token in the options page`,
      undefined,
      status,
    );
  }
  if (status === 404)
    return new ConnectorError('permanent', `${what}: record not found (404)`, undefined, status);
  return new ConnectorError(
    'permanent',
    `${what}: rejected with HTTP ${status}`,
    undefined,
    status,
  );
}
