import { afterAll, beforeAll, expect, test } from 'vitest';
import { TOKENS } from '../../scripts/demo-client';
import { fillAll, openOptions, saveChanges, selectAll } from './admin-driver';
import { api, findLinkedJob, panel, REALM, startStack, type Stack } from './harness';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

test('QuickBooks preset replaces Books', async () => {
  const { demo, browser } = stack;
  const { job, invoiceId } = await findLinkedJob(demo, 5);
  const page = await browser.context.newPage();
  // A first visit caches the Books records, which must not outlive the Books system.
  await page.goto(`${demo.scheduler.origin}/#/jobs/${job.number}`);
  await panel(page)
    .locator('[data-testid="match"][data-system="books"]')
    .waitFor({ timeout: 15_000 });

  const options = await openOptions(browser);
  await options
    .locator('[data-testid="system-card"][data-system="books"]')
    .getByTestId('remove-system')
    .click();
  await saveChanges(options);

  await options.getByTestId('add-system').click();
  const form = options.getByTestId('add-system-form');
  await selectAll(form, { preset: 'qbo' });
  await expect(form.getByTestId('preset-facts').textContent()).resolves.toContain('SyncToken');
  await fillAll(form, {
    'new-id': 'ledger',
    'new-label': 'Ledger',
    'new-origin': demo.books.origin,
    'new-base-url': demo.books.origin,
    'param-realmId': REALM,
    'new-token': TOKENS.books,
  });
  await form.getByTestId('confirm-add').click();
  await options
    .locator('[data-testid="system-editor"][data-system="ledger"]')
    .waitFor({ timeout: 20_000 });
  await expect(options.getByTestId('save-notices').textContent()).resolves.toMatch(
    /Loaded \d+ records from Ledger/,
  );

  await page.goto('about:blank');
  await page.goto(`${demo.scheduler.origin}/#/jobs/${job.number}`);
  await panel(page)
    .locator('[data-testid="match"][data-system="ledger"]')
    .waitFor({ timeout: 15_000 });
  await panel(page)
    .locator('[data-testid="match"][data-system="crm"]')
    .waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  await panel(page).locator('[data-testid="status-select"]').selectOption('completed');
  await panel(page).locator('[data-testid="apply"]').click();
  const summary = panel(page).locator('[data-testid="batch-summary"]');
  await summary.waitFor({ timeout: 20_000 });
  await expect(summary.textContent()).resolves.toContain('All 3 records updated');
  expect(await panel(page).locator('[data-testid="match"][data-system="books"]').count()).toBe(0);

  const invoice = await api<{ Invoice: { EmailStatus: string } }>(
    demo.books,
    `/v3/company/${REALM}/invoice/${invoiceId}`,
  );
  expect(invoice.Invoice.EmailStatus).toBe('EmailSent');
});
