import { adminError } from '../server/admin';
import { IdempotencyStore } from '../server/idempotency';
import { jsonReply, type Reply } from '../server/http';
import { isReply, parseMutateRequest } from '../server/mutate';
import type { DemoApp } from '../server/types';
import type { SchedulerSeed } from '../seed/scheduler';
import { isCanonicalStatus, STATUS_MAP, type SchedulerStatus } from '../seed/statuses';
import { handleSchedulerApi } from './api';
import { schedulerErrors } from './errors';
import { schedulerAsset, schedulerShell } from './pages';
import { SCHEDULER_STATUSES } from './patch-job';
import { etag, SchedulerStore } from './store';

export const SCHEDULER_TOKEN = 'demo-scheduler-token';

/** Creates the Jobber-like scheduler: a hash-routed page over a REST API with ETags. */
export function createSchedulerApp(seed: SchedulerSeed): DemoApp {
  const store = new SchedulerStore(seed);
  const idempotency = new IdempotencyStore();
  return {
    name: 'scheduler',
    title: 'Demo Scheduler',
    cookieName: 'scheduler_session',
    apiToken: SCHEDULER_TOKEN,
    homePath: '/#/jobs',
    errors: schedulerErrors,
    isApiPath: (path) => path.startsWith('/api/'),
    reset: () => {
      store.reset();
      idempotency.clear();
    },
    handleApi: (context) => handleSchedulerApi(store, idempotency, context),
    handlePage: (context) => schedulerShell(context.url.pathname),
    handleAsset: schedulerAsset,
    mutate: (input) => mutateJob(store, input),
  };
}

/** Accepts a job API id or number, and a scheduler status, its label or a canonical status. */
function mutateJob(store: SchedulerStore, input: unknown): Reply {
  const request = parseMutateRequest(input, ['job', 'jobs']);
  if (isReply(request)) return request;
  const status = resolveStatus(request.status);
  if (!status) {
    const known = SCHEDULER_STATUSES.join(', ');
    return adminError(
      400,
      `Unknown job status ${request.status}. Use ${known} or a canonical status`,
    );
  }
  const job = store.findJob(request.id);
  if (!job) return adminError(404, `No job with id or number ${request.id}`);
  store.setStatus(job, status);
  return jsonReply(200, structuredClone(job), { etag: etag(job.version) });
}

function resolveStatus(text: string): SchedulerStatus | undefined {
  const normalized = text.trim().toLowerCase().replace(/ /g, '_');
  const direct = SCHEDULER_STATUSES.find((status) => status === normalized);
  if (direct) return direct;
  return isCanonicalStatus(normalized) ? STATUS_MAP[normalized].scheduler : undefined;
}
