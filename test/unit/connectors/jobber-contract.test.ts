import { afterEach, describe, expect, test } from 'vitest';
import { createConnector } from '../../../lib/connectors';
import { JOBBER_API_VERSION, jobberPageId, throttleDelayMs } from '../../../lib/connectors/jobber';
import { JOBBER_PRESET } from '../../../lib/connectors/presets/jobber';
import { failure, presetSystem, seen, TOKEN } from './contract-helpers';
import { secretsOf, startDouble, type ApiDouble, type Received, type Reply } from './double';

let double: ApiDouble | undefined;

afterEach(async () => {
  await double?.close();
  double = undefined;
});

const gid = (number: number) => Buffer.from(`gid://Jobber/Job/${number}`).toString('base64');

function job(number: number, jobStatus = 'active') {
  return {
    id: gid(number),
    jobNumber: number,
    title: `Job ${number}`,
    jobStatus,
    total: 480,
    updatedAt: '2025-03-14T00:00:00Z',
    client: { id: Buffer.from('gid://Jobber/Client/7').toString('base64') },
  };
}

const COST = {
  requestedQueryCost: 142,
  actualQueryCost: 48,
  throttleStatus: { maximumAvailable: 10000, currentlyAvailable: 42, restoreRate: 500 },
};

/** Plays Jobber's GraphQL endpoint: cursor pages of jobs, job by id, jobClose and jobReopen. */
async function jobber(errors: Reply[] = []) {
  const jobs = new Map([101, 102, 103].map((number) => [gid(number), job(number)]));
  double = await startDouble((request: Received) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`)
      return { status: 401, body: { message: 'Unauthorized' } };
    const scripted = errors.shift();
    if (scripted) return scripted;
    const { query, variables } = request.body as {
      query: string;
      variables: Record<string, string | null>;
    };
    const extensions = { cost: { ...COST, requestedQueryCost: 10 } };
    if (query.includes('jobs(first: 50')) {
      const all = [...jobs.values()];
      const start = variables.cursor ? Number(variables.cursor) : 0;
      const nodes = all.slice(start, start + 2);
      const hasNextPage = start + 2 < all.length;
      return {
        body: {
          data: {
            jobs: {
              nodes,
              pageInfo: { hasNextPage, endCursor: hasNextPage ? String(start + 2) : null },
            },
          },
          extensions,
        },
      };
    }
    const found = jobs.get(String(variables.id));
    if (query.includes('jobClose') && found)
      return {
        body: {
          data: {
            jobClose: { job: Object.assign(found, { jobStatus: 'archived' }), userErrors: [] },
          },
          extensions,
        },
      };
    if (query.includes('jobReopen'))
      return {
        body: {
          data: {
            jobReopen: {
              job: null,
              userErrors: [{ message: 'Job is not archived', path: ['jobId'] }],
            },
          },
          extensions,
        },
      };
    return { body: { data: { job: found ?? null }, extensions } };
  });
  return createConnector(
    presetSystem(JOBBER_PRESET, double.origin, {}, undefined, '/api/graphql'),
    secretsOf(TOKEN),
    fetch,
  );
}

describe('Jobber preset', () => {
  test('follows cursors and decodes ids', async () => {
    const connector = await jobber();
    const records = await connector.listAll('job');
    expect(records.map((record) => record.pageId)).toEqual(['101', '102', '103']);
    expect(records[0]?.id).toBe(gid(101));
    expect(double!.received[1]?.body).toMatchObject({ variables: { cursor: '2' } });
  });

  test('posts to GraphQL with version header', async () => {
    const connector = await jobber();
    await connector.read('job', gid(101));
    const request = double!.received[0];
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/api/graphql');
    expect(request?.headers['x-jobber-graphql-version']).toBe(JOBBER_API_VERSION);
  });

  test('archives with jobClose', async () => {
    const connector = await jobber();
    const state = await connector.writeStatus('job', gid(102), 'archived', seen('active'));
    expect(state.status).toBe('archived');
    expect((double!.received[0]?.body as { query: string }).query).toContain(
      'jobClose(jobId: $id)',
    );
  });

  test('user errors are permanent', async () => {
    const connector = await jobber();
    const error = await failure(connector.writeStatus('job', gid(102), 'active', seen('archived')));
    expect(error.kind).toBe('permanent');
    expect(error.message).toContain('Job is not archived');
  });

  test('derived status is not written', async () => {
    const connector = await jobber();
    const error = await failure(connector.writeStatus('job', gid(101), 'late', seen('active')));
    expect(error.kind).toBe('permanent');
    expect(double!.received).toEqual([]);
  });

  test('THROTTLED in HTTP 200 is retryable', async () => {
    const throttled = {
      status: 200,
      body: {
        errors: [
          {
            message: 'Throttled',
            extensions: { code: 'THROTTLED', documentation: 'https://developer.getjobber.com' },
          },
        ],
        extensions: { cost: COST },
      },
    };
    const connector = await jobber([throttled]);
    const error = await failure(connector.read('job', gid(101)));
    expect(error.kind).toBe('retryable');
    expect(error.retryAfterMs).toBe(1_000);
  });

  test('throttle delay follows restore rate', () => {
    const body = {
      extensions: {
        cost: {
          requestedQueryCost: 5042,
          throttleStatus: { currentlyAvailable: 42, restoreRate: 500 },
        },
      },
    };
    expect(throttleDelayMs(body)).toBe(10_000);
  });

  test('decodes page id', () => {
    expect(jobberPageId(gid(98765))).toBe('98765');
    expect(jobberPageId('not base64!')).toBe('not base64!');
  });
});
