import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/browser';

/** Opens the options page and waits until it shows the workspace in force. */
export async function openOptions(browser: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html${hash}`);
  await page.getByTestId('workspace-name').waitFor();
  return page;
}

/** Presses Save and waits until the background has stored the draft; returns its notices. */
export async function saveChanges(page: Page): Promise<string> {
  await page.getByTestId('save').click();
  const saved = page.getByTestId('save-state').filter({ hasText: 'All changes saved' });
  const rejected = page.getByTestId('save-issues');
  await Promise.race([saved.waitFor({ timeout: 20_000 }), rejected.waitFor({ timeout: 20_000 })]);
  if (await rejected.isVisible()) throw new Error(`save rejected: ${await rejected.textContent()}`);
  return (await page.getByTestId('save-notices').textContent()) ?? '';
}

/** Fills the inputs of `scope` by test id. */
export async function fillAll(
  scope: Locator | Page,
  values: Record<string, string>,
): Promise<void> {
  for (const [testId, value] of Object.entries(values)) await scope.getByTestId(testId).fill(value);
}

/** Selects options of `scope`'s selects by test id. */
export async function selectAll(
  scope: Locator | Page,
  values: Record<string, string>,
): Promise<void> {
  for (const [testId, value] of Object.entries(values))
    await scope.getByTestId(testId).selectOption(value);
}

/** Sets one cell of the status matrix: the app value a canonical status is written as. */
export async function mapStatus(
  page: Page,
  system: string,
  canonical: string,
  value: string,
): Promise<void> {
  const cell = page.locator(
    `[data-testid="matrix-cell"][data-system="${system}"][data-canonical="${canonical}"]`,
  );
  await cell.locator('select').selectOption(value);
}
