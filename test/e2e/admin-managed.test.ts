import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../lib/config/demo-workspace';
import type { Workspace } from '../../lib/config/schema';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { request } from './extension';
import { openOptions } from './admin-driver';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Makes `chrome.storage.managed.get` return `workspace` inside the service worker, as Chrome
 * does when enterprise policy sets one. The real policy folder is system-wide, so the test
 * replaces the one function the background reads instead.
 */
async function setManagedWorkspace(workspace: unknown): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
  await worker.evaluate((value) => {
    type Managed = {
      get(keys: unknown, callback?: (items: object) => void): Promise<object> | undefined;
    };
    const managed = (globalThis as unknown as { chrome: { storage: { managed: Managed } } }).chrome
      .storage.managed;
    managed.get = (_keys, callback) => {
      const items = { workspace: value };
      if (callback) {
        callback(items);
        return undefined;
      }
      return Promise.resolve(items);
    };
  }, workspace);
}

test('managed workspace is read-only', async () => {
  const managed = { ...structuredClone(DEMO_WORKSPACE), name: 'Acme field service (policy)' };
  await setManagedWorkspace(managed);

  const options = await openOptions(browser);
  await expect(options.getByTestId('workspace-name').textContent()).resolves.toBe(
    'Acme field service (policy)',
  );
  await expect(options.getByTestId('workspace-source').textContent()).resolves.toContain(
    'enterprise policy',
  );
  await expect(options.getByTestId('managed-notice').textContent()).resolves.toContain(
    'chrome.storage.managed',
  );
  expect(
    await options
      .getByTestId('editor')
      .evaluate((element) => (element as HTMLFieldSetElement).disabled),
  ).toBe(true);
  expect(await options.getByTestId('edit-system').first().isDisabled()).toBe(true);
  expect(await options.getByTestId('add-system').isDisabled()).toBe(true);
  expect(await options.getByTestId('save').count()).toBe(0);

  await options.getByTestId('tab-statuses').click();
  expect(await options.locator('[data-testid="matrix-cell"] select').first().isDisabled()).toBe(
    true,
  );
  await options.getByTestId('tab-transfer').click();
  expect(await options.getByTestId('import').isDisabled()).toBe(true);
  expect(await options.getByTestId('export').isEnabled()).toBe(true);

  const saved = await request<{ saved: boolean; issues?: { message: string }[] }>(options, {
    type: 'save-workspace',
    workspace: { ...managed, name: 'Edited locally' },
  });
  expect(saved.saved).toBe(false);
  expect(saved.issues?.[0]?.message).toContain('enterprise policy');
  const current = await request<{ workspace: Workspace; source: string }>(options, {
    type: 'get-workspace',
  });
  expect(current.source).toBe('managed');
  expect(current.workspace.name).toBe('Acme field service (policy)');
});

test('invalid managed workspace is ignored', async () => {
  await setManagedWorkspace({ ...structuredClone(DEMO_WORKSPACE), systems: 'none' });
  const options = await openOptions(browser);
  const current = await request<{ source: string }>(options, { type: 'get-workspace' });
  expect(current.source).toBe('default');
  expect(await options.getByTestId('managed-notice').count()).toBe(0);
});
