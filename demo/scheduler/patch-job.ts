import { headerValue, isPlainObject, jsonReply, parseJson, type Reply } from '../server/http';
import type { IdempotencyStore } from '../server/idempotency';
import type { RequestContext } from '../server/types';
import type { SchedulerStatus } from '../seed/statuses';
import { schedulerError, schedulerErrors } from './errors';
import { etag, type SchedulerStore } from './store';

export const SCHEDULER_STATUSES: readonly SchedulerStatus[] = [
  'scheduled',
  'in_progress',
  'completed',
  'cancelled',
];

/**
 * Changes a job's status. Requires If-Match with the current ETag (428 when missing, 412 when
 * stale). With an Idempotency-Key, a repeat of the same request within 24 hours returns the
 * first successful reply without writing, even after the version has moved on.
 */
export function patchJob(
  store: SchedulerStore,
  idempotency: IdempotencyStore,
  context: RequestContext,
  id: string,
): Reply {
  const key = headerValue(context.headers['idempotency-key']);
  const fingerprint = `PATCH ${context.url.pathname} ${context.body}`;
  if (key !== undefined) {
    const stored = idempotency.lookup(key, fingerprint);
    if (stored === 'mismatch') {
      const message =
        'This Idempotency-Key was already used for a different request. Use a new key.';
      return schedulerError(422, 'idempotency_key_reused', message);
    }
    if (stored) return { ...stored, headers: { ...stored.headers, 'idempotent-replayed': 'true' } };
  }
  const reply = applyPatch(store, context, id);
  if (key !== undefined) idempotency.remember(key, fingerprint, reply);
  return reply;
}

function applyPatch(store: SchedulerStore, context: RequestContext, id: string): Reply {
  const job = store.jobs.get(id);
  if (!job) return schedulerErrors.notFound(`No job with id ${id}`);
  const ifMatch = headerValue(context.headers['if-match']);
  if (ifMatch === undefined) {
    const message = 'If-Match is required: send the ETag from GET /api/v1/jobs/:id';
    return schedulerError(428, 'precondition_required', message);
  }
  if (!etagMatches(ifMatch, job.version)) {
    const message = `If-Match ${ifMatch} does not match the current ETag ${etag(job.version)}. Fetch the job again.`;
    return schedulerError(412, 'precondition_failed', message);
  }

  const input = parseJson(context.body);
  if (!isPlainObject(input))
    return schedulerErrors.badRequest('Body must be a JSON object like { "status": "completed" }');
  const unsupported = Object.keys(input).filter((key) => key !== 'status');
  if (unsupported.length > 0) {
    return schedulerError(
      422,
      'validation_failed',
      `Only status can be changed, got ${unsupported.join(', ')}`,
    );
  }
  if (!SCHEDULER_STATUSES.includes(input.status as SchedulerStatus)) {
    const message = `status must be one of ${SCHEDULER_STATUSES.join(', ')}, got ${JSON.stringify(input.status)}`;
    return schedulerError(422, 'validation_failed', message);
  }
  store.setStatus(job, input.status as SchedulerStatus);
  context.recordWrite(job.id);
  return jsonReply(200, structuredClone(job), { etag: etag(job.version) });
}

/** Compares an If-Match header with the version. Accepts '*', a list, and weak tags (W/"3"). */
function etagMatches(header: string, version: number): boolean {
  return header.split(',').some((part) => {
    const tag = part.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag(version);
  });
}
