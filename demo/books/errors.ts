import { jsonReply, type Reply } from '../server/http';
import type { AppErrors } from '../server/types';
import { qboTime } from './format';

/** Error body in the QuickBooks Online v3 Fault shape. */
export function qboFault(
  status: number,
  type: string,
  error: { Message: string; Detail: string; code: string; element?: string },
  headers: Record<string, string> = {},
): Reply {
  return jsonReply(status, { Fault: { Error: [error], type }, time: qboTime() }, headers);
}

/** ValidationFault with HTTP 400, the reply to a request rejected as invalid. */
export function validationFault(message: string, detail: string, code: string): Reply {
  return qboFault(400, 'ValidationFault', { Message: message, Detail: detail, code, element: '' });
}

export function staleObjectFault(): Reply {
  const detail =
    'Stale Object Error : You and Demo Bookkeeper were working on this at the same time. ' +
    'Demo Bookkeeper finished before you did, so your work was not saved.';
  return validationFault('Stale Object Error', detail, '5010');
}

/** QuickBooks reports a missing object as HTTP 400 with code 610, not as 404. */
export function objectNotFoundFault(entity: string, id: string): Reply {
  const detail = `Object Not Found : Something you're trying to use has been made inactive. ${entity} ${id} does not exist.`;
  return validationFault('Object Not Found', detail, '610');
}

export const booksErrors: AppErrors = {
  unauthorized: () =>
    qboFault(
      401,
      'AUTHENTICATION',
      {
        Message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401',
        Detail: 'Authentication failed: the bearer token or session is missing or invalid',
        code: '3200',
      },
      { 'www-authenticate': 'Bearer' },
    ),
  rateLimited: (retryAfter) =>
    qboFault(
      429,
      'SERVICE',
      {
        Message: 'message=ThrottleExceeded; errorCode=003001; statusCode=429',
        Detail: 'ThrottleExceeded',
        code: '3001',
      },
      retryAfter === undefined ? {} : { 'retry-after': retryAfter },
    ),
  serverError: () =>
    qboFault(500, 'SystemFault', {
      Message: 'An application error has occurred while processing your request',
      Detail:
        'System Failure Error: An unexpected error occurred while accessing or saving your data',
      code: '10000',
    }),
  stale: staleObjectFault,
  notFound: (message) => validationFault('Object Not Found', message, '610'),
  badRequest: (message) =>
    validationFault('Request has invalid or unsupported property', message, '2010'),
};
