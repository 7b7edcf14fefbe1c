import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { openOptions } from './admin-driver';

let browser: ExtensionBrowser;
let options: Page;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  options = await openOptions(browser);
});

afterAll(async () => {
  await browser?.close();
});

const activeTestId = () =>
  options.evaluate(
    () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName,
  );

test('arrow keys move between tabs', async () => {
  await options.getByTestId('tab-systems').focus();
  await options.keyboard.press('ArrowRight');
  expect(await activeTestId()).toBe('tab-statuses');
  expect(await options.getByTestId('tab-statuses').getAttribute('aria-selected')).toBe('true');
  await options.getByTestId('status-matrix').waitFor();

  await options.keyboard.press('End');
  expect(
    await options.locator('[role="tab"][aria-selected="true"]').last().getAttribute('tabindex'),
  ).toBe('0');
  await options.keyboard.press('Home');
  expect(await activeTestId()).toBe('tab-systems');
});

test('focus is visible from the keyboard', async () => {
  await options.getByTestId('tab-systems').focus();
  await options.keyboard.press('Tab');
  await options.keyboard.press('Tab');
  const outline = await options.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    return {
      tag: element.tagName,
      style: getComputedStyle(element).outlineStyle,
      width: getComputedStyle(element).outlineWidth,
    };
  });
  expect(outline.tag).toBe('BUTTON');
  expect(outline.style).toBe('solid');
  expect(outline.width).toBe('3px');
});

test('Enter opens the add form', async () => {
  await options.getByTestId('add-system').focus();
  await options.keyboard.press('Enter');
  const form = options.getByTestId('add-system-form');
  await form.waitFor();
  await form.getByTestId('new-id').focus();
  await options.keyboard.type('ledger');
  await options.keyboard.press('Tab');
  expect(await activeTestId()).toBe('new-label');
  expect(await form.getByTestId('new-id').inputValue()).toBe('ledger');
});

test('Enter on Save stores edits', async () => {
  await options.getByTestId('tab-statuses').focus();
  await options.keyboard.press('Enter');
  const select = options.locator(
    '[data-testid="matrix-cell"][data-system="crm"][data-canonical="on_hold"] select',
  );
  await select.focus();
  await select.selectOption('closedlost');
  await options.getByTestId('save').focus();
  await options.keyboard.press('Enter');
  await options.getByTestId('save-state').filter({ hasText: 'All changes saved' }).waitFor();
  expect(await options.getByTestId('workspace-source').textContent()).toContain(
    'saved on this browser',
  );
});
