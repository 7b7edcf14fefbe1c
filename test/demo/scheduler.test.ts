import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DemoApps } from '../../demo/index';
import { admin, callJson, startTestApps } from './helpers';

interface Job {
  id: string;
  number: number;
  status: string;
  version: number;
}
interface ErrorBody {
  error: { code: string; message: string };
}

let apps: DemoApps;

beforeAll(async () => {
  apps = await startTestApps();
});
afterAll(() => apps.close());
beforeEach(() => admin(apps.scheduler, '/__reset'));

async function scheduledJob(): Promise<{ job: Job; etag: string }> {
  const list = await callJson<{ data: Job[] }>(apps.scheduler, '/api/v1/jobs?per_page=100');
  const found = list.body.data.find((job) => job.status === 'scheduled');
  if (!found) throw new Error('seed has no scheduled job');
  const { body, headers } = await callJson<Job>(apps.scheduler, `/api/v1/jobs/${found.id}`);
  return { job: body, etag: headers.get('etag') ?? '' };
}

function patch(id: string, body: unknown, headers: Record<string, string>) {
  return callJson<Job & ErrorBody>(apps.scheduler, `/api/v1/jobs/${id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify(body),
  });
}

describe('scheduler API', () => {
  test('list pages with meta', async () => {
    const { status, body } = await callJson<{ data: Job[]; meta: Record<string, unknown> }>(
      apps.scheduler,
      '/api/v1/jobs?page=2&per_page=10',
    );
    expect(status).toBe(200);
    expect(body.data).toHaveLength(10);
    expect(body.meta.page).toBe(2);
    expect(body.meta.per_page).toBe(10);
    expect(body.meta.next_page).toBe(3);
    expect(body.meta.total).toBeGreaterThan(200);
  });

  test('number filter finds one job', async () => {
    const { body } = await callJson<{ data: Job[] }>(apps.scheduler, '/api/v1/jobs?number=1042');
    expect(body.data).toHaveLength(1);
    expect(body.data[0]?.number).toBe(1042);
  });

  test('GET job returns quoted ETag', async () => {
    const { job, etag } = await scheduledJob();
    expect(etag).toBe(`"${job.version}"`);
  });

  test('PATCH without If-Match returns 428', async () => {
    const { job } = await scheduledJob();
    const { status, body } = await patch(job.id, { status: 'completed' }, {});
    expect(status).toBe(428);
    expect(body.error.code).toBe('precondition_required');
  });

  test('PATCH with stale If-Match returns 412', async () => {
    const { job, etag } = await scheduledJob();
    await admin(apps.scheduler, '/__mutate', { type: 'job', id: job.id, status: 'in_progress' });
    const { status, body } = await patch(job.id, { status: 'completed' }, { 'if-match': etag });
    expect(status).toBe(412);
    expect(body.error.code).toBe('precondition_failed');
  });

  test('PATCH with current ETag writes', async () => {
    const { job, etag } = await scheduledJob();
    const { status, body, headers } = await patch(
      job.id,
      { status: 'completed' },
      { 'if-match': etag },
    );
    expect(status).toBe(200);
    expect(body.status).toBe('completed');
    expect(body.version).toBe(job.version + 1);
    expect(headers.get('etag')).toBe(`"${job.version + 1}"`);
  });

  test('invalid status returns 422', async () => {
    const { job, etag } = await scheduledJob();
    const { status, body } = await patch(job.id, { status: 'done' }, { 'if-match': etag });
    expect(status).toBe(422);
    expect(body.error.code).toBe('validation_failed');
  });

  test('Idempotency-Key replays first reply', async () => {
    const { job, etag } = await scheduledJob();
    const headers = { 'if-match': etag, 'idempotency-key': 'key-1' };
    const first = await patch(job.id, { status: 'completed' }, headers);
    const second = await patch(job.id, { status: 'completed' }, headers);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');

    const stats = await admin<{ writes: Record<string, number> }>(apps.scheduler, '/__stats');
    expect(stats.writes[job.id]).toBe(1);
  });

  test('reused key with other body returns 422', async () => {
    const { job, etag } = await scheduledJob();
    const headers = { 'if-match': etag, 'idempotency-key': 'key-2' };
    await patch(job.id, { status: 'completed' }, headers);
    const { status, body } = await patch(job.id, { status: 'cancelled' }, headers);
    expect(status).toBe(422);
    expect(body.error.code).toBe('idempotency_key_reused');
  });

  test('missing job returns 404 body', async () => {
    const { status, body } = await callJson<ErrorBody>(
      apps.scheduler,
      '/api/v1/jobs/job_000000000000',
    );
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  test('429 carries Retry-After HTTP date', async () => {
    await admin(apps.scheduler, '/__faults', {
      once: [{ kind: '429' }],
      retryAfter: { httpDateInSeconds: 5 },
    });
    const before = Date.now();
    const { status, headers, body } = await callJson<ErrorBody>(apps.scheduler, '/api/v1/jobs');
    expect(status).toBe(429);
    expect(body.error.code).toBe('rate_limited');
    const retryAt = Date.parse(headers.get('retry-after') ?? '');
    expect(retryAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 4000);
    expect(retryAt).toBeLessThanOrEqual(before + 6000);
  });

  test('stale fault returns 412 and writes nothing', async () => {
    const { job, etag } = await scheduledJob();
    await admin(apps.scheduler, '/__faults', { once: [{ kind: 'stale' }] });
    const { status } = await patch(job.id, { status: 'completed' }, { 'if-match': etag });
    expect(status).toBe(412);
    const stats = await admin<{ writes: Record<string, number> }>(apps.scheduler, '/__stats');
    expect(stats.writes).toEqual({});
  });
});
