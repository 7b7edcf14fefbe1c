import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { groundTruth } from '../../demo/index';
import type { PanelView } from '../../lib/views';
import { panel, startStack, type Stack } from './harness';
import { openExtensionPage, request } from './extension';

let stack: Stack;
let extensionPage: Page;

beforeAll(async () => {
  stack = await startStack();
  extensionPage = await openExtensionPage(stack.browser);
});

afterAll(async () => {
  await stack?.close();
});

function contactView(pageId: string): Promise<PanelView> {
  return request<PanelView>(extensionPage, {
    type: 'refresh',
    record: { system: 'crm', type: 'contact', pageId },
    pull: false,
  });
}

/** CRM contacts whose match in `system` is only a fuzzy suggestion, found through the background. */
async function contactsWithSuggestion(
  system: string,
  wanted: number,
): Promise<{ contactId: string; suggested: string }[]> {
  const found: { contactId: string; suggested: string }[] = [];
  for (const customer of groundTruth().customers) {
    if (!customer.crm) continue;
    const view = await contactView(customer.crm);
    const match = view.matches.find((m) => m.record.system === system && m.source === 'fuzzy');
    if (match) found.push({ contactId: customer.crm, suggested: match.record.key });
    if (found.length === wanted) return found;
  }
  throw new Error(`fewer than ${wanted} CRM contacts have a fuzzy ${system} suggestion`);
}

async function openContact(page: Page, contactId: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${stack.demo.crm.origin}/contacts/${contactId}`);
  await panel(page)
    .locator(`[data-testid="current"]:has-text("${contactId}")`)
    .waitFor({ timeout: 10_000 });
}

test('confirmed suggestion becomes stored link', async () => {
  await contactView(groundTruth().customers.find((c) => c.crm)!.crm!); // first request fills the cache
  const [target] = await contactsWithSuggestion('books', 1);
  const page = await stack.browser.context.newPage();
  await openContact(page, target!.contactId);

  const row = panel(page).locator('[data-testid="match"][data-system="books"]');
  await row.locator('[data-testid="confirm-match"]').click();
  await row
    .locator('[data-testid="match-evidence"][data-source="link"]')
    .waitFor({ timeout: 5_000 });

  await openContact(page, target!.contactId);
  const evidence = panel(page).locator(
    '[data-testid="match"][data-system="books"] [data-testid="match-evidence"]',
  );
  expect(await evidence.getAttribute('data-source')).toBe('link');
  expect(await evidence.textContent()).toContain('Linked by a person');
  const view = await contactView(target!.contactId);
  expect(view.matches.find((m) => m.record.system === 'books')?.record.key).toBe(target!.suggested);
  await page.close();
});

test('rejected suggestion is not offered again', async () => {
  const [, target] = await contactsWithSuggestion('books', 2);
  const page = await stack.browser.context.newPage();
  await openContact(page, target!.contactId);

  const suggestedId = target!.suggested.split(':')[2]!;
  const row = panel(page).locator('[data-testid="match"][data-system="books"]');
  expect(await row.textContent()).toContain(suggestedId);
  await row.locator('[data-testid="reject-match"]').click();
  await page.waitForTimeout(500);

  await openContact(page, target!.contactId);
  const booksRows = panel(page).locator('[data-testid="match"][data-system="books"]');
  for (const text of await booksRows.allTextContents())
    expect(text).not.toContain(`Customer ${suggestedId}`);
  const view = await contactView(target!.contactId);
  expect(view.matches.map((m) => m.record.key)).not.toContain(target!.suggested);
  await page.close();
});

test('duplicate customer is flagged', async () => {
  const duplicate = groundTruth().duplicates.find((d) => d.app === 'crm' || d.app === 'books');
  if (!duplicate) throw new Error('the demo data has no duplicate in the CRM or Books');
  const [original, copy] = duplicate.ids;
  const page = await stack.browser.context.newPage();
  const url =
    duplicate.app === 'crm'
      ? `${stack.demo.crm.origin}/contacts/${copy}`
      : `${stack.demo.books.origin}/app/customerdetail?nameId=${copy}`;
  await page.goto(url);

  const notice = panel(page).locator('[data-testid="notice"]:has-text("Possible duplicate")');
  await notice.waitFor({ timeout: 10_000 });
  expect(await notice.textContent()).toContain(String(original));
  await page.close();
});
