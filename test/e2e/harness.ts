import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PORTS, DEMO_WORKSPACE } from '../../lib/config/demo-workspace';
import { startDemoApps, type DemoApps } from '../../demo/index';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';

import { login } from '../../scripts/demo-client';

export {
  api,
  booksQuery,
  findLinkedJob,
  REALM,
  resetApps,
  schedulerList,
  writeCounts,
} from '../../scripts/demo-client';

export interface Stack {
  demo: DemoApps;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/**
 * Starts the demo apps and Chromium with the built extension, logged in to each app. The apps
 * take free ports and the extension gets a workspace pointing at them, so the tests can run
 * while `npm run demo` uses the usual ports; `fixedPorts` uses the usual ones instead.
 */
export async function startStack(options: { fixedPorts?: boolean } = {}): Promise<Stack> {
  const ports = options.fixedPorts ? DEMO_PORTS : { crm: 0, books: 0, scheduler: 0 };
  const demo = await startDemoApps({ ports });
  try {
    const browser = await launchWithExtension({ headless: true });
    if (!options.fixedPorts) await pointWorkspaceAt(browser, demo);
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

/**
 * Saves the demo workspace with the apps' actual origins, as an admin would, and waits until
 * the background has registered the content script for them.
 */
async function pointWorkspaceAt(browser: ExtensionBrowser, demo: DemoApps): Promise<void> {
  const origins: Record<string, string> = {
    crm: demo.crm.origin,
    books: demo.books.origin,
    scheduler: demo.scheduler.origin,
  };
  const workspace = {
    ...DEMO_WORKSPACE,
    systems: DEMO_WORKSPACE.systems.map((system) => {
      const origin = origins[system.id] ?? system.origins[0] ?? '';
      return { ...system, origins: [origin], connector: { ...system.connector, baseUrl: origin } };
    }),
  };
  const wanted = Object.values(origins).map((origin) => `${origin}/*`);
  await browser.worker.evaluate(async (value) => {
    await (globalThis as unknown as ChromeApis).chrome.storage.local.set({ workspace: value });
  }, workspace);

  for (let attempt = 0; attempt < 100; attempt++) {
    const registered = await browser.worker.evaluate(async () => {
      const scripts = await (
        globalThis as unknown as ChromeApis
      ).chrome.scripting.getRegisteredContentScripts();
      return scripts.flatMap((script) => script.matches ?? []);
    });
    if (wanted.every((pattern) => registered.includes(pattern))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the content script was not registered for ${wanted.join(', ')}`);
}

/** The extension APIs the harness calls inside the service worker. */
interface ChromeApis {
  chrome: {
    storage: { local: { set(items: object): Promise<void> } };
    scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
  };
}
