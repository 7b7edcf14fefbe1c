import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_WORKSPACE } from '../../lib/config/demo-workspace';
import { SCHEMA_VERSION, type Workspace } from '../../lib/config/schema';
import v1Workspace from '../unit/config/fixtures/workspace-v1.json';
import { request } from './extension';
import { mapStatus, openOptions, saveChanges } from './admin-driver';
import { api, findLinkedJob, panel, startStack, type Stack } from './harness';

let stack: Stack;
let options: Page;

beforeAll(async () => {
  stack = await startStack();
  options = await openOptions(stack.browser, '#statuses');
});

afterAll(async () => {
  await stack?.close();
});

/** Sets a job to Completed from the scheduler panel and returns its CRM deal's stage. */
async function completeJob(skip: number): Promise<string> {
  const { demo, browser } = stack;
  const { job, dealId } = await findLinkedJob(demo, skip);
  const page = await browser.context.newPage();
  await page.goto(`${demo.scheduler.origin}/#/jobs/${job.number}`);
  const matches = ['crm', 'books'].map((system) =>
    panel(page)
      .locator(`[data-testid="match"][data-system="${system}"]`)
      .waitFor({ timeout: 15_000 }),
  );
  await Promise.all(matches).catch(async (error: unknown) => {
    throw new Error(`job ${job.number}: the panel shows ${await panel(page).textContent()}`, {
      cause: error,
    });
  });
  await page.waitForTimeout(300);
  await panel(page).locator('[data-testid="status-select"]').selectOption('completed');
  await panel(page).locator('[data-testid="apply"]').click();
  await panel(page).locator('[data-testid="batch-summary"]').waitFor({ timeout: 20_000 });
  await page.close();
  const deal = await api<{ properties: { dealstage: string } }>(
    demo.crm,
    `/crm/v3/objects/deals/${dealId}`,
  );
  return deal.properties.dealstage;
}

function malformed(change: (workspace: Record<string, unknown> & Workspace) => void): string {
  const workspace = structuredClone(DEMO_WORKSPACE) as Record<string, unknown> & Workspace;
  change(workspace);
  return JSON.stringify(workspace);
}

/** Bad workspaces an admin might import, with the path the error must name. */
const BAD_IMPORTS: { name: string; json: string; path: string }[] = [
  {
    name: 'wrong type',
    json: malformed((workspace) => {
      (workspace.systems[0] as unknown as Record<string, unknown>).origins =
        'http://127.0.0.1:4101';
    }),
    path: 'systems[0].origins',
  },
  {
    name: 'mapping to unknown system',
    json: malformed((workspace) => {
      workspace.fieldMappings = [
        {
          from: { system: 'crm', recordType: 'deal', field: 'x' },
          to: { system: 'ledger', recordType: 'job' },
        },
      ];
    }),
    path: 'fieldMappings[0].to.system',
  },
  {
    name: 'duplicate ids',
    json: malformed((workspace) => {
      workspace.systems[1]!.id = 'crm';
    }),
    path: 'systems[1].id',
  },
  {
    name: 'missing canonical status',
    json: malformed((workspace) => {
      workspace.systems[0]!.statuses[2]!.canonical = ['finished'];
    }),
    path: 'systems[0].statuses[2].canonical[0]',
  },
  {
    name: 'no canonical statuses',
    json: malformed((workspace) => {
      delete (workspace as Partial<Workspace>).canonicalStatuses;
    }),
    path: 'canonicalStatuses',
  },
  {
    name: 'newer schema version',
    json: malformed((workspace) => {
      workspace.schemaVersion = (SCHEMA_VERSION + 1) as typeof SCHEMA_VERSION;
    }),
    path: 'schemaVersion',
  },
];

test('status mapping change alters push', async () => {
  expect(await completeJob(0)).toBe('201345678');

  await mapStatus(options, 'crm', 'completed', 'closedwon');
  await saveChanges(options);
  const saved = await request<{ workspace: Workspace; source: string }>(options, {
    type: 'get-workspace',
  });
  expect(saved.source).toBe('local');

  expect(await completeJob(1)).toBe('closedwon');
});

test('malformed imports keep workspace', async () => {
  const before = await request<{ workspace: Workspace }>(options, { type: 'get-workspace' });
  await options.getByTestId('tab-transfer').click();

  for (const bad of BAD_IMPORTS) {
    await options.getByTestId('import-text').fill(bad.json);
    await options.getByTestId('import').click();
    const issue = options.locator(
      `[data-testid="import-issues"] [data-testid="issue"][data-path="${bad.path}"]`,
    );
    await issue.waitFor({ timeout: 5_000 }).catch(async () => {
      throw new Error(
        `${bad.name}: no issue at ${bad.path}; the page shows ${await options.getByTestId('import-issues').textContent()}`,
      );
    });
    expect((await issue.textContent())?.length, bad.name).toBeGreaterThan(bad.path.length + 10);
  }

  await options.getByTestId('import-text').fill('{"schemaVersion": 2,');
  await options.getByTestId('import').click();
  await expect(options.getByTestId('import-parse-error').textContent()).resolves.toContain(
    'not valid JSON',
  );

  const after = await request<{ workspace: Workspace }>(options, { type: 'get-workspace' });
  expect(after.workspace).toEqual(before.workspace);
  expect(await completeJob(2)).toBe('closedwon');
});

/** The version 1 fixture with each system pointed at the running demo app, as the stack does. */
function v1AtStackOrigins(): typeof v1Workspace {
  const origins: Record<string, string> = {
    crm: stack.demo.crm.origin,
    books: stack.demo.books.origin,
    scheduler: stack.demo.scheduler.origin,
  };
  const workspace = structuredClone(v1Workspace);
  for (const system of workspace.systems) {
    const origin = origins[system.id]!;
    system.origins = [origin];
    system.connector.baseUrl = origin;
  }
  return workspace;
}

test('version 1 import is migrated', async () => {
  const before = await request<{ workspace: Workspace }>(options, { type: 'get-workspace' });
  await options.getByTestId('import-text').fill(JSON.stringify(v1AtStackOrigins()));
  await options.getByTestId('import').click();
  await options.getByTestId('import-done').waitFor({ timeout: 10_000 });
  const stored = await request<{ workspace: Workspace; source: string }>(options, {
    type: 'get-workspace',
  });
  expect(stored.workspace.schemaVersion).toBe(SCHEMA_VERSION);
  expect(stored.workspace.fieldMappings).toEqual([]);
  expect(stored.workspace.systems.map((system) => system.origins)).toEqual(
    before.workspace.systems.map((system) => system.origins),
  );
  expect(stored.workspace.systems[0]?.statuses).toEqual(DEMO_WORKSPACE.systems[0]?.statuses);
  expect(await completeJob(3)).toBe('201345678');
});

test('export carries version, no tokens', async () => {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('export').click(),
  ]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(path, 'utf8');
  expect(JSON.parse(text).schemaVersion).toBe(SCHEMA_VERSION);
  expect(text).not.toContain('demo-crm-token');
  expect(text).not.toContain('demo-books-token');
  expect(download.suggestedFilename()).toBe('lockstep-demo-workspace-v2.json');
});
