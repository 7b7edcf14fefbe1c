import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PORTS } from '../../lib/config/demo-workspace';
import { startDemoApps, type DemoApps } from '../../demo/index';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';

import { login } from '../../scripts/demo-client';

export { api, booksQuery, findLinkedJob, REALM, resetApps, schedulerList, writeCounts } from '../../scripts/demo-client';

export interface Stack {
  demo: DemoApps;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/** Starts the demo apps on their fixed ports and Chromium with the built extension, logged in. */
export async function startStack(): Promise<Stack> {
  const demo = await startDemoApps({ ports: DEMO_PORTS });
  try {
    const browser = await launchWithExtension({ headless: true });
    await loginAll(browser.context, demo);
    return {
      demo,
      browser,
      async close() {
        await browser.close();
        await demo.close();
      },
    };
  } catch (error) {
    await demo.close();
    throw error;
  }
}

export async function loginAll(context: BrowserContext, demo: DemoApps): Promise<void> {
  const page = await context.newPage();
  for (const app of [demo.crm, demo.books, demo.scheduler]) await login(page, app.origin);
  await page.close();
}

export function panel(page: Page) {
  return page.locator('[data-testid="lockstep-panel"]');
}
