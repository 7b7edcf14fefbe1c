import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTRA_TOKEN, startExtraApp, type ExtraApp } from '../../demo/index';
import { login } from '../../scripts/demo-client';
import { fillAll, mapStatus, openOptions, saveChanges, selectAll } from './admin-driver';
import { findLinkedJob, panel, startStack, writeCounts, type Stack } from './harness';

interface WorkOrder {
  id: string;
  ref: string;
  title: string;
  state: string;
  job_ref: string;
  revision: number;
}

const STATES = [
  ['new', 'New'],
  ['dispatched', 'Dispatched'],
  ['on_site', 'On site'],
  ['done', 'Done'],
  ['billed', 'Billed'],
  ['void', 'Void'],
];

let stack: Stack;
let extra: ExtraApp;

beforeAll(async () => {
  stack = await startStack();
  // A free port, like the other demo apps in the e2e stack; `npm run demo:extra` uses 4104.
  extra = await startExtraApp({ port: 0 });
  const page = await stack.browser.context.newPage();
  await login(page, extra.origin);
  await page.close();
});

afterAll(async () => {
  await stack?.close();
  await extra?.close();
});

async function dispatchApi<T>(path: string): Promise<T> {
  const response = await fetch(`${extra.origin}${path}`, {
    headers: { Authorization: `Bearer ${EXTRA_TOKEN}` },
  });
  if (!response.ok) throw new Error(`GET ${path} failed with ${response.status}`);
  return (await response.json()) as T;
}

async function orderForJob(jobNumber: number): Promise<WorkOrder> {
  for (let page: number | null = 1; page;) {
    const body: { items: WorkOrder[]; next: number | null } = await dispatchApi(
      `/api/work-orders?page=${page}&per_page=100`,
    );
    const found = body.items.find((order) => order.job_ref === String(jobNumber));
    if (found) return found;
    page = body.next;
  }
  throw new Error(`no work order for job ${jobNumber}`);
}

/** Adds Demo Dispatch from scratch and waits for its editor. */
async function addDispatch(options: Page): Promise<void> {
  await options.getByTestId('add-system').click();
  const form = options.getByTestId('add-system-form');
  await selectAll(form, { preset: 'scratch' });
  await fillAll(form, {
    'new-id': 'dispatch',
    'new-label': 'Dispatch',
    'new-origin': extra.origin,
    'new-base-url': extra.origin,
    'new-token': EXTRA_TOKEN,
  });
  await form.getByTestId('confirm-add').click();
  await options
    .locator('[data-testid="system-editor"][data-system="dispatch"]')
    .waitFor({ timeout: 20_000 });
}

/** Describes the work order page and API in the dispatch editor, as an admin would. */
async function configureDispatch(options: Page): Promise<void> {
  const editor = options.locator('[data-testid="system-editor"][data-system="dispatch"]');
  await expect(editor.getByTestId('secret-status').textContent()).resolves.toContain(
    'ends in …oken',
  );

  const type = editor.getByTestId('record-type');
  await fillAll(type, {
    'type-id': 'order',
    'type-label': 'Work order',
    'url-path': '/work-orders/:id',
    ready: '#work-order',
  });
  await type.getByTestId('new-field').selectOption('title');
  await type.getByTestId('add-field').click();
  await type
    .locator('[data-testid="extractor"][data-field="title"]')
    .getByTestId('extractor-selector')
    .fill('.wo-title');
  await type.getByTestId('new-field').selectOption('status');
  await type.getByTestId('add-field').click();
  const status = type.locator('[data-testid="extractor"][data-field="status"]');
  await status.getByTestId('extractor-source').selectOption('attribute');
  await fillAll(status, {
    'extractor-selector': '[data-field="state"]',
    'extractor-attribute': 'data-value',
  });

  const rest = type.getByTestId('rest-settings');
  await fillAll(rest, { 'rest-listPath': '/api/work-orders', 'rest-itemsPath': 'items' });
  await selectAll(rest, { 'rest-pagination': 'page' });
  await fillAll(rest, {
    'rest-sizeParam': 'per_page',
    'rest-pageSize': '100',
    'rest-nextPagePath': 'next',
    'rest-readPath': '/api/work-orders/{id}',
    'rest-pageIdPath': 'ref',
    'rest-statusPath': 'state',
    'rest-amountPath': 'amount',
  });
  await selectAll(rest, {
    'rest-version': 'body',
    'rest-write-method': 'PUT',
    'rest-version-in': 'body',
  });
  await fillAll(rest, {
    'rest-version-path': 'revision',
    'rest-write-path': '/api/work-orders/{id}',
    'rest-write-body': '{"state": "{{status}}", "revision": "{{version}}"}',
  });

  const values = editor.getByTestId('status-values');
  for (const [value, label] of STATES) {
    await values.getByTestId('add-status-value').click();
    const row = values.getByTestId('status-value').last();
    await fillAll(row, { 'status-value-value': value!, 'status-value-label': label! });
  }
}

test('admin adds system from scratch', async () => {
  const { demo, browser } = stack;
  const options = await openOptions(browser);
  await addDispatch(options);
  await expect(options.getByTestId('access-status').textContent()).resolves.toBe(
    'Host access to Dispatch granted.',
  );

  await configureDispatch(options);
  const notices = await saveChanges(options);
  expect(notices).toMatch(/Loaded \d+ records from Dispatch/);

  // The content script is registered for 4104 at runtime, so a page opened now has it.
  const { job } = await findLinkedJob(demo);
  const order = await orderForJob(job.number);
  const orderPage = await browser.context.newPage();
  await orderPage.goto(`${extra.origin}/work-orders/${order.ref}`);
  await options.bringToFront();
  const type = options.getByTestId('record-type');
  await type.getByTestId('find-tabs').click();
  await type.getByTestId('tab-select').selectOption({
    label: `${order.ref} - Demo Dispatch (${extra.origin}/work-orders/${order.ref})`,
  });
  await type.getByTestId('test-tab').click();
  const result = type.getByTestId('preview-result');
  await result.waitFor({ timeout: 10_000 });
  expect(await result.getAttribute('data-page-id')).toBe(order.ref);
  await expect(result.locator('[data-field="title"] td').textContent()).resolves.toBe(order.title);
  await expect(result.locator('[data-field="status"] td').textContent()).resolves.toBe(order.state);

  await options.getByTestId('tab-matching').click();
  await options.getByTestId('add-mapping').click();
  const mapping = options.getByTestId('field-mapping').last();
  await selectAll(mapping, { 'mapping-from': 'dispatch:order', 'mapping-to': 'scheduler:job' });
  await fillAll(mapping, { 'mapping-field': 'job_ref' });

  await options.getByTestId('tab-statuses').click();
  const cell = options.locator(
    '[data-testid="matrix-cell"][data-system="dispatch"][data-canonical="completed"]',
  );
  expect(await cell.getAttribute('data-mapped')).toBe('false');
  await expect(
    options.locator('[data-testid="unmapped-values"] [data-system="dispatch"]').textContent(),
  ).resolves.toContain('done');
  const mappings = {
    scheduled: 'dispatched',
    in_progress: 'on_site',
    completed: 'done',
    invoiced: 'billed',
    paid: 'billed',
    cancelled: 'void',
  };
  for (const [canonical, value] of Object.entries(mappings))
    await mapStatus(options, 'dispatch', canonical, value);
  expect(await cell.getAttribute('data-mapped')).toBe('true');
  await saveChanges(options);

  const page = await browser.context.newPage();
  await page.goto(`${demo.scheduler.origin}/#/jobs/${job.number}`);
  const dispatchRow = panel(page).locator('[data-testid="match"][data-system="dispatch"]');
  await dispatchRow.waitFor({ timeout: 15_000 });
  await panel(page).locator('[data-testid="match"][data-system="crm"]').waitFor();
  await panel(page).locator('[data-testid="match"][data-system="books"]').waitFor();
  await page.waitForTimeout(300);
  await panel(page).locator('[data-testid="status-select"]').selectOption('completed');
  await panel(page).locator('[data-testid="apply"]').click();
  const summary = panel(page).locator('[data-testid="batch-summary"]');
  await summary.waitFor({ timeout: 20_000 });
  await expect(summary.textContent()).resolves.toContain('All 4 records updated');

  const updated = await dispatchApi<WorkOrder>(`/api/work-orders/${order.id}`);
  expect(updated.state).toBe('done');
  expect(updated.revision).toBe(order.revision + 1);
  const stats = (await (await fetch(`${extra.origin}/__stats`)).json()) as {
    writes: Record<string, number>;
  };
  expect(stats.writes[order.id]).toBe(1);
  expect((await writeCounts(demo.scheduler))[job.id]).toBe(1);
});

test('session cookie auth reaches API', async () => {
  const options = await openOptions(stack.browser);
  await options
    .locator('[data-testid="system-card"][data-system="dispatch"]')
    .getByTestId('edit-system')
    .click();
  const editor = options.locator('[data-testid="system-editor"][data-system="dispatch"]');
  await editor.getByTestId('connector-auth').selectOption('cookie');
  const notices = await saveChanges(options);
  expect(notices).toMatch(/Loaded \d+ records from Dispatch/);

  // Without the browser's session the same pull is refused, so the cookie was what authorised it.
  await stack.browser.context.clearCookies();
  await editor.getByTestId('system-label').fill('Dispatch desk');
  expect(await saveChanges(options)).toContain('not authorised (401)');
});
