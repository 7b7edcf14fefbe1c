import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { api, findLinkedJob, panel, REALM, startStack, type Stack } from './harness';

/** Maximum time a record page may take to show its panel, in ms. */
const PANEL_BUDGET_MS = 1_000;

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.browser.context.newPage();
});

afterAll(async () => {
  await stack?.close();
});

/** Waits until the panel's current record is `pageId`; returns the ms it took from `since`. */
async function panelShows(pageId: string, since: number): Promise<number> {
  await panel(page)
    .locator(`[data-testid="current"]:has-text("${pageId}")`)
    .waitFor({ timeout: 10_000 });
  await panel(page).locator('[data-testid="match"]').first().waitFor({ timeout: 10_000 });
  return Date.now() - since;
}

test('panel on each app within budget', async () => {
  const { demo } = stack;
  const { job, dealId, invoiceId } = await findLinkedJob(demo);
  // Warm the records cache once so the timing below is a normal page view, not the first pull.
  await page.goto(`${demo.scheduler.origin}/#/jobs/${job.number}`);
  await panelShows(String(job.number), Date.now());

  const pages = [
    { url: `${demo.crm.origin}/deals/${dealId}`, id: dealId },
    { url: `${demo.books.origin}/app/invoice?txnId=${invoiceId}`, id: invoiceId },
    { url: `${demo.scheduler.origin}/#/jobs/${job.number}`, id: String(job.number) },
  ];
  for (const target of pages) {
    await page.goto('about:blank');
    const start = Date.now();
    await page.goto(target.url, { waitUntil: 'commit' });
    expect(await panelShows(target.id, start), target.url).toBeLessThan(PANEL_BUDGET_MS);
  }
});

test('follows pushState and popstate', async () => {
  const { demo } = stack;
  const { dealId } = await findLinkedJob(demo);
  const deal = await api<{ associations?: { contacts?: { results?: { id: string }[] } } }>(
    demo.crm,
    `/crm/v3/objects/deals/${dealId}?associations=contacts`,
  );
  const contactId = deal.associations?.contacts?.results?.[0]?.id;
  if (!contactId) throw new Error(`deal ${dealId} has no contact`);

  await page.goto(`${demo.crm.origin}/deals/${dealId}`);
  await panelShows(dealId, Date.now());
  const origin = await page.evaluate(() => performance.timeOrigin);

  // The CRM's own link handler calls history.pushState; no document load happens.
  const start = Date.now();
  await page.click(`[data-property="contact"] a`);
  expect(await panelShows(contactId, start)).toBeLessThan(PANEL_BUDGET_MS);
  expect(new URL(page.url()).pathname).toBe(`/contacts/${contactId}`);

  const back = Date.now();
  await page.goBack();
  expect(await panelShows(dealId, back)).toBeLessThan(PANEL_BUDGET_MS);
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(origin);
});

test('follows hash navigation', async () => {
  const { demo } = stack;
  const first = await findLinkedJob(demo, 0);
  const second = await findLinkedJob(demo, 1);

  await page.goto(`${demo.scheduler.origin}/#/jobs/${first.job.number}`);
  await panelShows(String(first.job.number), Date.now());
  const origin = await page.evaluate(() => performance.timeOrigin);

  const start = Date.now();
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/jobs/${second.job.number}`);
  expect(await panelShows(String(second.job.number), start)).toBeLessThan(PANEL_BUDGET_MS);
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(origin);
});

test('books invoice page is detected', async () => {
  const { demo } = stack;
  const query = encodeURIComponent('select * from Invoice maxresults 1');
  const { QueryResponse } = await api<{ QueryResponse: { Invoice: { Id: string }[] } }>(
    demo.books,
    `/v3/company/${REALM}/query?query=${query}`,
  );
  const invoiceId = QueryResponse.Invoice[0]?.Id;
  if (!invoiceId) throw new Error('no invoices in the demo data');

  await page.goto(`${demo.books.origin}/app/invoice?txnId=${invoiceId}`);
  await panel(page)
    .locator(`[data-testid="current"]:has-text("${invoiceId}")`)
    .waitFor({ timeout: 5_000 });
  await expect(
    panel(page).locator('[data-testid="current"] [data-testid="status"]').count(),
  ).resolves.toBe(1);
});
