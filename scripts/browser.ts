import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** Places Chromium or Chrome is usually installed on Linux, macOS and Windows. */
const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-for-testing',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  'C:\\Program Files\\Chromium\\Application\\chrome.exe',
];

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

/**
 * Returns the browser to drive: `CHROME_PATH` when set, else the first known install. Branded
 * Google Chrome is not listed because it ignores --load-extension since version 137.
 */
export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(
        `CHROME_PATH is set to ${fromEnv}, but no file is there; fix the path or unset it.`,
      );
    return fromEnv;
  }
  const found = KNOWN_PATHS.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install one (Debian or Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome for Testing binary.',
  );
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension in a fresh profile and waits for its worker. */
export async function launchWithExtension(options: {
  headless: boolean;
  extensionDir?: string;
}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}; run npm run build first.`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'lockstep-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: options.headless,
    executablePath: findChrome(),
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
