import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import type { AdminDeps } from '../../../lib/service/admin';
import type { ServiceContext } from '../../../lib/service/context';
import type { OutboxPump } from '../../../lib/service/outbox';
import { routeMessage } from '../../../lib/service/router';
import { MemoryArea } from './memory-area';

const OPTIONS_PAGE = 'chrome-extension://lockstep-id/options.html';
// Node's URL gives non-special schemes the origin "null"; Chrome gives chrome-extension://id.
// The router only compares the two, so the test uses what this runtime computes.
const EXTENSION = { extensionId: 'lockstep-id', extensionOrigin: new URL(OPTIONS_PAGE).origin };

function setup() {
  const local = new MemoryArea();
  const admin: AdminDeps = {
    local,
    syncContentScripts: async () => undefined,
    warn: () => undefined,
  };
  // The admin requests tested here read only the workspace from the context.
  const context = { workspace: async () => DEMO_WORKSPACE } as unknown as ServiceContext;
  const route = (message: unknown, url: string) =>
    routeMessage(
      context,
      {} as OutboxPump,
      message,
      { id: 'lockstep-id', url },
      { ...EXTENSION, admin },
    );
  return { local, route };
}

const SET_SECRET = { type: 'set-secret', secretId: 'crm', value: 'pat-na1-secret-value-9876' };

describe('admin requests in the router', () => {
  test('options page may set a secret', async () => {
    const { local, route } = setup();
    const reply = await route(SET_SECRET, OPTIONS_PAGE);
    expect(reply).toEqual({ ok: true, value: { saved: true, last4: '9876' } });
    expect(JSON.stringify(local.data)).toContain('pat-na1-secret-value-9876');
  });

  test('content script may not set a secret', async () => {
    const { local, route } = setup();
    const reply = await route(SET_SECRET, 'http://127.0.0.1:4101/deals/1');
    expect(reply.ok).toBe(false);
    expect(local.writes).toBe(0);
  });

  test('content script may not save a workspace', async () => {
    const { local, route } = setup();
    const reply = await route(
      { type: 'save-workspace', workspace: DEMO_WORKSPACE },
      'http://127.0.0.1:4101/deals/1',
    );
    expect(reply).toEqual({
      ok: false,
      error: 'request rejected: "save-workspace" is only for extension pages',
    });
    expect(local.writes).toBe(0);
  });

  test('other sites may not export', async () => {
    const { route } = setup();
    const reply = await route({ type: 'export-workspace' }, 'https://evil.example/');
    expect(reply.ok).toBe(false);
  });

  test('rejects an oversized token', async () => {
    const { route } = setup();
    const reply = await route({ ...SET_SECRET, value: 'x'.repeat(5000) }, OPTIONS_PAGE);
    expect(reply.ok).toBe(false);
  });
});
