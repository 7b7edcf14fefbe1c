import { randomUUID } from 'node:crypto';
import { jsonReply, type Reply } from '../server/http';
import type { AppErrors } from '../server/types';

/** Error body in the HubSpot CRM v3 shape. */
export function crmError(
  status: number,
  category: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Reply {
  return jsonReply(
    status,
    { status: 'error', message, correlationId: randomUUID(), category, ...extra },
    headers,
  );
}

export const crmErrors: AppErrors = {
  unauthorized: () =>
    crmError(
      401,
      'INVALID_AUTHENTICATION',
      'Authentication credentials not found or invalid.',
      {},
      {
        'www-authenticate': 'Bearer',
      },
    ),
  rateLimited: (retryAfter) =>
    crmError(
      429,
      'RATE_LIMITS',
      'You have reached your secondly limit.',
      { errorType: 'RATE_LIMIT', policyName: 'SECONDLY' },
      retryAfter === undefined ? {} : { 'retry-after': retryAfter },
    ),
  serverError: () => crmError(500, 'INTERNAL_ERROR', 'internal error'),
  notFound: (message) => crmError(404, 'OBJECT_NOT_FOUND', message),
  badRequest: (message) => crmError(400, 'VALIDATION_ERROR', message),
};
