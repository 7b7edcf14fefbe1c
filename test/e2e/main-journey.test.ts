import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DemoJob } from '../../scripts/demo-client';
import { api, findLinkedJob, panel, REALM, startStack, writeCounts, type Stack } from './harness';
import { openExtensionPage, outboxSummary } from './extension';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

test('completed reaches all three apps', async () => {
  const { demo, browser } = stack;
  const { job, dealId, invoiceId } = await findLinkedJob(demo);
  const page = await browser.context.newPage();

  await page.goto(`${demo.scheduler.origin}/#/jobs/${job.number}`);
  const crmRow = panel(page).locator('[data-testid="match"][data-system="crm"]');
  const booksRow = panel(page).locator('[data-testid="match"][data-system="books"]');
  await crmRow.waitFor();
  await booksRow.waitFor();
  await expect(crmRow.locator('[data-testid="status"]').count()).resolves.toBe(1);
  await expect(booksRow.locator('[data-testid="status"]').count()).resolves.toBe(1);

  await panel(page).locator('[data-testid="status-select"]').selectOption('completed');
  await panel(page).locator('[data-testid="apply"]').click();
  await panel(page).locator('[data-testid="batch-summary"]').waitFor({ timeout: 15_000 });
  await expect(
    panel(page).locator('[data-testid="batch-summary"]').textContent(),
  ).resolves.toContain('All 3 records updated');

  const deal = await api<{ properties: { dealstage: string } }>(
    demo.crm,
    `/crm/v3/objects/deals/${dealId}`,
  );
  expect(deal.properties.dealstage).toBe('201345678');
  const invoice = await api<{ Invoice: { EmailStatus: string; Balance: number } }>(
    demo.books,
    `/v3/company/${REALM}/invoice/${invoiceId}`,
  );
  expect(invoice.Invoice.EmailStatus).toBe('EmailSent');
  expect(invoice.Invoice.Balance).toBeGreaterThan(0);
  const updatedJob = await api<DemoJob>(demo.scheduler, `/api/v1/jobs/${job.id}`);
  expect(updatedJob.status).toBe('completed');

  expect((await writeCounts(demo.crm))[dealId]).toBe(1);
  expect((await writeCounts(demo.books))[invoiceId]).toBe(1);
  expect((await writeCounts(demo.scheduler))[job.id]).toBe(1);

  const extensionPage = await openExtensionPage(browser);
  const summary = await outboxSummary(extensionPage);
  expect(summary.queued + summary.in_flight + summary.needs_review + summary.conflict).toBe(0);

  await page.goto(`${demo.crm.origin}/deals/${dealId}`);
  await expect(
    page.locator('[data-property="dealstage"]').getAttribute('data-value'),
  ).resolves.toBe('201345678');
  await page.goto(`${demo.books.origin}/app/invoice?txnId=${invoiceId}`);
  await expect(page.locator('tr:has(th:text-is("Status")) td').textContent()).resolves.toBe('sent');
  await page.goto(`${demo.scheduler.origin}/#/jobs/${job.number}`);
  await expect(page.locator('dd[data-status]').getAttribute('data-status')).resolves.toBe(
    'completed',
  );
});
