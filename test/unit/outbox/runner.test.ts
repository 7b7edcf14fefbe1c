import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { ConnectorError } from '../../../lib/connectors/errors';
import type { Connector, RemoteState } from '../../../lib/connectors/types';
import { processItem, type RunnerDeps } from '../../../lib/outbox/runner';
import { IN_FLIGHT_GRACE_MS, requeueInFlight } from '../../../lib/outbox/store';
import type { OutboxItem } from '../../../lib/outbox/types';
import type { CachedRecord } from '../../../lib/records/types';
import { openLockstepDb, type LockstepDb } from '../../../lib/storage/db';

const NOW = 1_000_000;

/** An app with one job whose status the test controls; counts writes. */
class FakeApp implements Connector {
  status = 'scheduled';
  writes = 0;
  failures: ConnectorError[] = [];
  /** Commit the write, then fail as if the connection dropped. */
  dropAfterCommit = false;

  private state(): RemoteState {
    const record: CachedRecord = {
      key: 's:job:j1',
      system: 's',
      type: 'job',
      kind: 'work',
      id: 'j1',
      pageId: '1',
      title: 'Job',
      fields: {},
      status: this.status,
      xrefs: {},
      updatedAt: '',
    };
    return { status: this.status, version: '"1"', record };
  }

  async listAll() {
    return [];
  }

  async read() {
    const failure = this.failures.shift();
    if (failure) throw failure;
    return this.state();
  }

  async writeStatus(_type: string, _id: string, value: string) {
    this.writes += 1;
    this.status = value;
    if (this.dropAfterCommit) throw new ConnectorError('retryable', 'connection dropped');
    return this.state();
  }
}

let db: LockstepDb;
let app: FakeApp;
let deps: RunnerDeps;

function item(overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: 'b1.s:job:j1',
    batchId: 'b1',
    recordKey: 's:job:j1',
    system: 's',
    type: 'job',
    recordId: 'j1',
    title: 'Job',
    target: 'completed',
    expected: 'scheduled',
    state: 'queued',
    attempts: 0,
    notBefore: NOW,
    message: '',
    writeSent: false,
    force: false,
    updatedAt: NOW,
    ...overrides,
  };
}

async function run(start: OutboxItem): Promise<OutboxItem> {
  await processItem(start, deps);
  const saved = await db.get('items', start.id);
  if (!saved) throw new Error('item vanished');
  return saved;
}

beforeEach(async () => {
  db = await openLockstepDb(`runner-${Math.random()}`);
  app = new FakeApp();
  deps = {
    db,
    connectorFor: () => app,
    statusLabel: (_s, value) => value,
    updateRecord: async () => {},
    maxConcurrent: () => 1,
    throttle: async () => {},
    now: () => NOW,
    random: () => 0.5,
    maxAttempts: 3,
  };
});

describe('processItem', () => {
  test('writes and finishes', async () => {
    const saved = await run(item());
    expect(saved.state).toBe('done');
    expect(app.writes).toBe(1);
    expect(app.status).toBe('completed');
  });

  test('skips write when already at target', async () => {
    app.status = 'completed';
    const saved = await run(item());
    expect(saved.state).toBe('done');
    expect(saved.message).toContain('Already');
    expect(app.writes).toBe(0);
  });

  test('stops as conflict when changed since seen', async () => {
    app.status = 'in_progress';
    const saved = await run(item());
    expect(saved.state).toBe('conflict');
    expect(saved.remoteValue).toBe('in_progress');
    expect(app.writes).toBe(0);
  });

  test('force overrides conflict', async () => {
    app.status = 'in_progress';
    const saved = await run(item({ force: true }));
    expect(saved.state).toBe('done');
    expect(app.writes).toBe(1);
  });

  test('dropped write is not repeated', async () => {
    app.dropAfterCommit = true;
    const first = await run(item());
    expect(first.state).toBe('queued');
    expect(first.writeSent).toBe(true);

    app.dropAfterCommit = false;
    const second = await run(first);
    expect(second.state).toBe('done');
    expect(second.message).toContain('Set to');
    expect(app.writes).toBe(1);
  });

  test('honours Retry-After delay', async () => {
    app.failures.push(new ConnectorError('retryable', 'rate limited (429)', 30_000));
    const saved = await run(item());
    expect(saved.state).toBe('queued');
    expect(saved.notBefore).toBeGreaterThanOrEqual(NOW + 30_000);
  });

  test('needs review after retry budget', async () => {
    app.failures.push(new ConnectorError('retryable', 'server error 503'));
    const saved = await run(item({ attempts: 2 }));
    expect(saved.state).toBe('needs_review');
    expect(saved.message).toContain('Gave up after 3 attempts');
  });

  test('permanent error needs review at once', async () => {
    app.failures.push(new ConnectorError('permanent', 'not authorised (401)'));
    const saved = await run(item());
    expect(saved.state).toBe('needs_review');
    expect(saved.attempts).toBe(1);
  });
});

describe('requeueInFlight', () => {
  test('requeues unsent item at once', async () => {
    await db.put('items', item({ state: 'in_flight' }));
    expect(await requeueInFlight(db, NOW)).toBe(1);
    const saved = await db.get('items', 'b1.s:job:j1');
    expect(saved?.state).toBe('queued');
    expect(saved?.notBefore).toBe(NOW);
  });

  test('waits out a write that may still land', async () => {
    await db.put('items', item({ state: 'in_flight', writeSent: true, updatedAt: NOW - 1_000 }));
    await requeueInFlight(db, NOW);
    const saved = await db.get('items', 'b1.s:job:j1');
    expect(saved?.notBefore).toBe(NOW - 1_000 + IN_FLIGHT_GRACE_MS);
  });
});

describe('processItem after write', () => {
  test('app showing other value needs review', async () => {
    app.writeStatus = async () => {
      app.writes += 1;
      return { status: 'scheduled', record: (await app.read()).record };
    };
    const saved = await run(item());
    expect(saved.state).toBe('needs_review');
    expect(saved.message).toContain('accepted the write');
  });

  test('records value it replaced', async () => {
    const saved = await run(item());
    expect(saved.previous).toBe('scheduled');
  });
});
