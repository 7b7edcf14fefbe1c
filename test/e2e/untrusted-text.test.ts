import { afterAll, beforeAll, expect, test } from 'vitest';
import { panel, schedulerList, startStack, type Stack } from './harness';

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
