import { jsonReply, type Reply } from '../server/http';
import type { AppErrors } from '../server/types';

/** Retry-After the scheduler sends with a 429 when the faults configure none, in seconds. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** Error body of the scheduler API: { error: { code, message } }. */
export function schedulerError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Reply {
  return jsonReply(status, { error: { code, message } }, headers);
}

export const schedulerErrors: AppErrors = {
  unauthorized: () =>
    schedulerError(401, 'unauthorized', 'Missing or invalid bearer token or session', {
      'www-authenticate': 'Bearer',
    }),
  rateLimited: (retryAfter) => {
    const fallback = new Date(Date.now() + DEFAULT_RETRY_AFTER_SECONDS * 1000).toUTCString();
    return schedulerError(
      429,
      'rate_limited',
      'Too many requests. Retry after the Retry-After time.',
      {
        'retry-after': retryAfter ?? fallback,
      },
    );
  },
  serverError: () =>
    schedulerError(
      503,
      'service_unavailable',
      'The scheduler is temporarily unavailable. Try again.',
    ),
  stale: () =>
    schedulerError(
      412,
      'precondition_failed',
      'If-Match does not match the current ETag: the job was changed by someone else. Fetch it again.',
    ),
  notFound: (message) => schedulerError(404, 'not_found', message),
  badRequest: (message) => schedulerError(400, 'invalid_request', message),
};
