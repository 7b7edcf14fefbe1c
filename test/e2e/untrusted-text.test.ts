import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  findLinkedJob,
  panel,
  schedulerList,
  startStack,
  writeCounts,
  type Stack,
} from './harness';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

interface Client {
  id: string;
  number: number;
  first_name?: string;
  last_name?: string;
  company_name?: string;
}

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

test('hostile customer name stays text', async () => {
  const { demo, browser } = stack;
  const clients = await schedulerList<Client>(demo.scheduler, 'clients');
  const hostile = clients.find((client) =>
    [[client.first_name, client.last_name].filter(Boolean).join(' '), client.company_name].includes(
      HOSTILE_NAME,
    ),
  );
  if (!hostile) throw new Error('the demo data has no client with the hostile name');

  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { xssFired: boolean }).xssFired = false;
    window.alert = () => {
      (window as unknown as { xssFired: boolean }).xssFired = true;
    };
  });

  await page.goto(`${demo.scheduler.origin}/#/clients/${hostile.number}`);
  const title = panel(page).locator('[data-testid="current-title"]');
  await title.waitFor({ timeout: 10_000 });
  await panel(page).locator('[data-testid="match"]').first().waitFor({ timeout: 10_000 });

  expect(await title.textContent()).toBe(HOSTILE_NAME);
  expect(await panel(page).locator('img').count()).toBe(0);
  const matchTitles = await panel(page).locator('[data-testid="match-title"]').allTextContents();
  expect(matchTitles.some((text) => text.includes('<img'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { xssFired: boolean }).xssFired)).toBe(
    false,
  );
  expect(dialogs).toEqual([]);
});

test('host page cannot restyle or remove panel', async () => {
  const { demo, browser } = stack;
  const clients = await schedulerList<Client>(demo.scheduler, 'clients');
  const page = await browser.context.newPage();
  await page.goto(`${demo.scheduler.origin}/#/clients/${clients[0]!.number}`);
  await panel(page).locator('[data-testid="current-title"]').waitFor({ timeout: 10_000 });

  await page.addStyleTag({
    content:
      'html { font-size: 40px !important; } body, * { color: red !important; font-family: serif !important; }',
  });
  const style = await panel(page).evaluate((element) => {
    const computed = getComputedStyle(element);
    return { fontSize: computed.fontSize, color: computed.color };
  });
  expect(style.fontSize).toBe('13px');
  expect(style.color).not.toBe('rgb(255, 0, 0)');

  await page.evaluate(() => document.querySelector('lockstep-panel')?.remove());
  await page.evaluate(() => document.body.append(document.createElement('div')));
  await panel(page).locator('[data-testid="current-title"]').waitFor({ timeout: 2_000 });
  await page.close();
});

test('page script cannot press Apply', async () => {
  const { demo, browser } = stack;
  const { job, dealId } = await findLinkedJob(demo);
  const page = await browser.context.newPage();
  await page.goto(`${demo.scheduler.origin}/#/jobs/${job.number}`);
  await panel(page)
    .locator('[data-testid="match"][data-system="crm"]')
    .waitFor({ timeout: 10_000 });

  await page.evaluate(() => {
    const select = document
      .querySelector('lockstep-panel')
      ?.shadowRoot?.querySelector<HTMLSelectElement>('[data-testid="status-select"]');
    if (!select) throw new Error('no status select in the panel');
    select.value = 'completed';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // The buttons enable once the panel has re-rendered with the choice.
  await panel(page).locator('[data-testid="apply"]:not([disabled])').waitFor();
  await page.evaluate(() => {
    const root = document.querySelector('lockstep-panel')?.shadowRoot;
    root?.querySelector<HTMLButtonElement>('[data-testid="apply"]')?.click();
    root?.querySelector<HTMLButtonElement>('[data-testid="preview-button"]')?.click();
  });
  await page.waitForTimeout(1_000);
  expect(await panel(page).locator('[data-testid="batch"]').count()).toBe(0);
  expect(await panel(page).locator('[data-testid="preview"]').count()).toBe(0);
  expect((await writeCounts(demo.crm))[dealId] ?? 0).toBe(0);
  await page.close();
});
