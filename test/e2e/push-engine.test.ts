import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findLinkedJob, panel, resetApps, startStack, writeCounts, type Stack } from './harness';
import { openExtensionPage, outboxSummary, request } from './extension';
import {
  applyStatus,
  openJob,
  requestLog,
  setFaults,
  waitForSummary,
  workStatuses,
} from './panel-driver';

const COMPLETED = { crm: '201345678', books: 'sent', scheduler: 'completed' };

let stack: Stack;
let page: Page;
/** The seed has nine jobs linked by ids to a deal and an invoice; tests take them in turn. */
const LINKED_JOBS = 9;
let nextJob = 0;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.browser.context.newPage();
});

beforeEach(async () => {
  const { demo } = stack;
  await resetApps([demo.crm, demo.books, demo.scheduler]);
});

afterAll(async () => {
  await stack?.close();
});

async function takeJob() {
  const linked = await findLinkedJob(stack.demo, nextJob++ % LINKED_JOBS);
  return {
    ...linked,
    ids: { dealId: linked.dealId, invoiceId: linked.invoiceId, jobId: linked.job.id },
  };
}

async function writesFor(ids: { dealId: string; invoiceId: string; jobId: string }) {
  const { demo } = stack;
  return {
    crm: (await writeCounts(demo.crm))[ids.dealId] ?? 0,
    books: (await writeCounts(demo.books))[ids.invoiceId] ?? 0,
    scheduler: (await writeCounts(demo.scheduler))[ids.jobId] ?? 0,
  };
}

test('dropped connection after commit writes once', async () => {
  const { demo } = stack;
  const { job, ids } = await takeJob();
  await openJob(page, demo, job.number);
  await setFaults(demo.scheduler, { once: [{ kind: 'dropAfterCommit' }] });

  await applyStatus(page, 'completed');
  expect(await waitForSummary(page)).toContain('All 3 records updated');
  expect(await workStatuses(demo, ids)).toEqual(COMPLETED);
  expect(await writesFor(ids)).toEqual({ crm: 1, books: 1, scheduler: 1 });
  // Chromium may resend a request whose connection was reset before any response, so the app
  // can receive the PATCH twice. The Idempotency-Key makes the repeat a replay, not a second write.
  const patches = (await requestLog(demo.scheduler)).filter((entry) => entry.method === 'PATCH');
  expect(patches[0]?.status).toBe(0);
  const schedulerItem = panel(page).locator('[data-testid="batch-item"]:has-text("Scheduler")');
  expect(await schedulerItem.textContent()).toContain('Set to Completed');
});

test('stale token becomes conflict', async () => {
  const { demo, browser } = stack;
  const { job, ids } = await takeJob();
  const before = await workStatuses(demo, ids);
  await openJob(page, demo, job.number);
  await setFaults(demo.books, { once: [{ kind: 'stale' }] });

  await applyStatus(page, 'completed');
  await waitForSummary(page);
  const booksItem = panel(page).locator('[data-testid="batch-item"]:has-text("Books")');
  expect(await booksItem.getAttribute('data-state')).toBe('conflict');
  expect((await workStatuses(demo, ids)).books).toBe(before.books);
  expect((await writesFor(ids)).books).toBe(0);

  const extensionPage = await openExtensionPage(browser);
  expect((await outboxSummary(extensionPage)).conflict).toBe(1);
  const badge = await extensionPage.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );
  expect(badge).toBe('1!');
  const notifications = await extensionPage.evaluate(() =>
    (
      globalThis as unknown as { chrome: { notifications: { getAll(): Promise<object> } } }
    ).chrome.notifications.getAll(),
  );
  expect(Object.keys(notifications).some((id) => id.startsWith('lockstep-'))).toBe(true);

  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('[data-testid="conflicts"]:text-is("1")').waitFor();
  expect(await popup.locator('[data-testid="pending"]').textContent()).toBe('0');
  await popup.close();

  await extensionPage.reload();
  const item = extensionPage.locator('[data-testid="review-item"][data-state="conflict"]');
  await item.waitFor();
  await item.locator('[data-testid="review-skip"]').click();
  await extensionPage.locator('[data-testid="review-empty"]').waitFor();
  expect((await outboxSummary(extensionPage)).conflict).toBe(0);
  await extensionPage.close();
});

test('conflict apply anyway writes', async () => {
  const { demo } = stack;
  const { job, ids } = await takeJob();
  await openJob(page, demo, job.number);
  const changed = (await workStatuses(demo, ids)).crm === 'closedwon' ? 'on_hold' : 'paid';
  await fetch(`${demo.crm.origin}/__mutate`, {
    method: 'POST',
    body: JSON.stringify({ type: 'deal', id: ids.dealId, status: changed }),
  });

  await applyStatus(page, 'completed');
  await waitForSummary(page);
  const crmItem = panel(page).locator('[data-testid="batch-item"]:has-text("CRM")');
  expect(await crmItem.getAttribute('data-state')).toBe('conflict');
  expect(await crmItem.textContent()).toContain(changed === 'paid' ? 'now Paid' : 'now On hold');
  expect((await writesFor(ids)).crm).toBe(0);

  await crmItem.locator('[data-testid="conflict-apply"]').click();
  await panel(page)
    .locator('[data-testid="batch-item"]:has-text("CRM")[data-state="done"]')
    .waitFor({ timeout: 10_000 });
  expect((await workStatuses(demo, ids)).crm).toBe(COMPLETED.crm);
  expect((await writesFor(ids)).crm).toBe(1);
});

test('Retry-After date is honoured', async () => {
  const { demo } = stack;
  const { job, ids } = await takeJob();
  await openJob(page, demo, job.number);
  await setFaults(demo.scheduler, {
    retryAfter: { httpDateInSeconds: 3 },
    once: [{ kind: '429' }],
  });

  await applyStatus(page, 'completed');
  expect(await waitForSummary(page)).toContain('All 3 records updated');
  const log = (await requestLog(demo.scheduler)).filter((entry) => entry.path.includes(ids.jobId));
  const throttled = log.findIndex((entry) => entry.status === 429);
  expect(throttled).toBeGreaterThanOrEqual(0);
  const retryAfterDate = Math.floor((Date.parse(String(log[throttled]!.at)) + 3000) / 1000) * 1000;
  const nextRequest = log[throttled + 1];
  expect(nextRequest).toBeDefined();
  expect(Date.parse(String(nextRequest!.at))).toBeGreaterThanOrEqual(retryAfterDate);
  expect((await writesFor(ids)).scheduler).toBe(1);
});

test('own change seen on page is not offered', async () => {
  const { demo, browser } = stack;
  const { job, ids } = await takeJob();
  await openJob(page, demo, job.number);
  await applyStatus(page, 'completed');
  await waitForSummary(page);

  await page.reload();
  await panel(page)
    .locator('[data-testid="current"] [data-testid="status"][data-value="completed"]')
    .waitFor();
  await page.waitForTimeout(500);
  expect(await panel(page).locator('[data-testid="page-edit"]').count()).toBe(0);
  expect(await writesFor(ids)).toEqual({ crm: 1, books: 1, scheduler: 1 });
  const extensionPage = await openExtensionPage(browser);
  const summary = await outboxSummary(extensionPage);
  expect(summary.queued + summary.in_flight).toBe(0);
  await extensionPage.close();

  // A person's change in the app is offered, which shows the check above can see one.
  await fetch(`${demo.scheduler.origin}/__mutate`, {
    method: 'POST',
    body: JSON.stringify({ type: 'job', id: ids.jobId, status: 'in_progress' }),
  });
  await page.reload();
  await panel(page).locator('[data-testid="page-edit"]').waitFor();
  expect(await panel(page).locator('[data-testid="page-edit"]').textContent()).toContain(
    'In progress',
  );
});

test('undo restores previous values', async () => {
  const { demo } = stack;
  const { job, ids } = await takeJob();
  const before = await workStatuses(demo, ids);
  await openJob(page, demo, job.number);
  await applyStatus(page, 'completed');
  await waitForSummary(page);
  expect(await workStatuses(demo, ids)).toEqual(COMPLETED);

  await panel(page).locator('[data-testid="undo"]').click();
  await panel(page)
    .locator('[data-testid="batch"][data-finished="true"]:has-text("Undoing")')
    .waitFor({ timeout: 20_000 });
  expect(await workStatuses(demo, ids)).toEqual(before);
  expect(await writesFor(ids)).toEqual({ crm: 2, books: 2, scheduler: 2 });
});

test('undo from the review page', async () => {
  const { demo, browser } = stack;
  const { job, ids } = await takeJob();
  const before = await workStatuses(demo, ids);
  await openJob(page, demo, job.number);
  await applyStatus(page, 'paid');
  await waitForSummary(page);

  const options = await openExtensionPage(browser);
  const edit = options.locator('[data-testid="recent-edit"]').first();
  await edit.locator('[data-testid="recent-undo"]').click();
  for (
    let round = 0;
    round < 40 && JSON.stringify(await workStatuses(demo, ids)) !== JSON.stringify(before);
    round++
  ) {
    await options.waitForTimeout(250);
  }
  expect(await workStatuses(demo, ids)).toEqual(before);
  await options.close();
});

test('high impact needs confirmation', async () => {
  const { demo } = stack;
  const { job, ids } = await takeJob();
  await openJob(page, demo, job.number);

  await applyStatus(page, 'cancelled');
  const confirm = panel(page).locator('[data-testid="confirm"]');
  await confirm.waitFor();
  expect(await confirm.locator('li').count()).toBe(3);
  expect(await writesFor(ids)).toEqual({ crm: 0, books: 0, scheduler: 0 });

  await confirm.locator('[data-testid="confirm-yes"]').click();
  expect(await waitForSummary(page)).toContain('All 3 records updated');
  expect(await workStatuses(demo, ids)).toEqual({
    crm: 'closedlost',
    books: 'void',
    scheduler: 'cancelled',
  });
});

test('dry run writes nothing', async () => {
  const { demo } = stack;
  const { job, ids } = await takeJob();
  await openJob(page, demo, job.number);

  await panel(page).locator('[data-testid="status-select"]').selectOption('completed');
  await panel(page).locator('[data-testid="preview-button"]').click();
  const preview = panel(page).locator('[data-testid="preview"]');
  await preview.waitFor({ timeout: 5_000 }).catch(async (error: unknown) => {
    throw new Error(`no preview; the panel shows: ${await panel(page).textContent()}`, {
      cause: error,
    });
  });
  const lines = await preview.locator('[data-testid="preview-item"]').allTextContents();
  expect(lines).toHaveLength(3);
  expect(lines.join('\n')).toContain('PATCH /api/v1/jobs/');
  expect(lines.join('\n')).toContain('"dealstage":"201345678"');
  expect(await writesFor(ids)).toEqual({ crm: 0, books: 0, scheduler: 0 });
});

test('worker stops lose and repeat nothing', async () => {
  const { demo, browser } = stack;
  const jobs = [await takeJob(), await takeJob(), await takeJob()];
  const extensionPage = await openExtensionPage(browser);
  const cdp = await browser.context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');

  for (const { job } of jobs) {
    await openJob(page, demo, job.number);
    await Promise.all(
      [demo.crm, demo.books, demo.scheduler].map((app) => setFaults(app, { latencyMs: 600 })),
    );
    await applyStatus(page, 'completed');
    await panel(page).locator('[data-testid="batch"]').waitFor();
    await page.waitForTimeout(700);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.all([demo.crm, demo.books, demo.scheduler].map((app) => setFaults(app, {})));
  }

  // Each request wakes a fresh worker, which resumes from IndexedDB.
  // Writes cut off by a stop are re-read only after the request time-out (10 s), so wait longer.
  for (let round = 0; round < 80; round++) {
    const summary = await outboxSummary(extensionPage);
    if (summary.queued + summary.in_flight === 0) break;
    if (round % 10 === 5) await cdp.send('ServiceWorker.stopAllWorkers');
    await extensionPage.waitForTimeout(500);
  }
  const summary = await outboxSummary(extensionPage);
  expect(summary.queued + summary.in_flight).toBe(0);
  const review = await request<unknown[]>(extensionPage, { type: 'list-review' });
  expect(review, JSON.stringify(review)).toEqual([]);
  for (const { ids } of jobs) {
    expect(await workStatuses(demo, ids)).toEqual(COMPLETED);
    expect(await writesFor(ids)).toEqual({ crm: 1, books: 1, scheduler: 1 });
  }
  await request(extensionPage, { type: 'outbox-summary' });
  await extensionPage.close();
});
