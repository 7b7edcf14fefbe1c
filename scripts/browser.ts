import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
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

const INSTALL_HINT =
  'Set CHROME_PATH to a Chromium or Chrome for Testing binary, or install Chromium (Debian or Ubuntu: sudo apt-get install chromium).';

/** Milliseconds to wait for the extension's service worker after Chromium starts. */
const WORKER_TIMEOUT_MS = 15_000;

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

/**
 * Returns the browser to drive: `CHROME_PATH` when set, else the first known install. Throws
 * when `CHROME_PATH` is not an executable file or no install is found. Branded Google Chrome
 * is not listed because it ignores --load-extension since version 137.
 */
export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    const problem = executableProblem(fromEnv);
    if (problem) {
      throw new Error(`CHROME_PATH is set to ${fromEnv}, but ${problem}. ${INSTALL_HINT}`);
    }
    return fromEnv;
  }
  const found = KNOWN_PATHS.find((candidate) => executableProblem(candidate) === undefined);
  if (found) return found;
  throw new Error(`No Chromium found. ${INSTALL_HINT}`);
}

/** Describes why `file` cannot be run as a browser, or returns undefined when it can. */
function executableProblem(file: string): string | undefined {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return 'no file is there';
  }
  if (stats.isDirectory()) {
    return 'it is a folder, not the browser binary (on macOS, use the file under Contents/MacOS in the .app)';
  }
  if (!stats.isFile()) {
    return 'it is not a regular file';
  }
  try {
    accessSync(file, constants.X_OK);
  } catch {
    return 'the file is not executable';
  }
  return undefined;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless: boolean;
  extensionDir?: string;
  /**
   * Whether Playwright closes the browser on SIGINT, SIGTERM and SIGHUP and then ends the
   * process. Defaults to true. Pass false when the caller closes the browser on those signals.
   */
  handleSignals?: boolean;
}

/**
 * Starts Chromium with the built extension in a fresh profile under the temporary folder and
 * waits for its worker. The profile is removed when the launch fails, on `close()`, and when
 * the process exits without `close()`, as after Playwright's own Ctrl+C handler.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}; run npm run build first.`);
  }
  const executablePath = findChrome();
  const profile = mkdtempSync(path.join(tmpdir(), 'lockstep-profile-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  process.on('exit', removeProfile);
  const cleanUp = () => {
    process.off('exit', removeProfile);
    removeProfile();
  };

  let context: BrowserContext;
  try {
    context = await startChromium(profile, executablePath, extensionDir, options);
  } catch (error) {
    cleanUp();
    throw new Error(
      `Chromium at ${executablePath} failed to start (${firstLine(error)}). ${INSTALL_HINT} Run with DEBUG=pw:browser to see the browser's own output.`,
    );
  }

  const worker = await waitForWorker(context, executablePath, extensionDir).catch(
    async (error: unknown) => {
      await context.close().catch(() => undefined);
      cleanUp();
      throw error;
    },
  );
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      cleanUp();
    },
  };
}

function startChromium(
  profile: string,
  executablePath: string,
  extensionDir: string,
  options: LaunchOptions,
): Promise<BrowserContext> {
  const handleSignals = options.handleSignals ?? true;
  return chromium.launchPersistentContext(profile, {
    headless: options.headless,
    executablePath,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
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
}

async function waitForWorker(
  context: BrowserContext,
  executablePath: string,
  extensionDir: string,
): Promise<Worker> {
  const running = context.serviceWorkers()[0];
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { timeout: WORKER_TIMEOUT_MS });
  } catch (error) {
    throw new Error(
      `Chromium at ${executablePath} started, but the extension in ${extensionDir} did not start its service worker within ${WORKER_TIMEOUT_MS / 1000} s (${firstLine(error)}). Rebuild it with npm run build, and use Chromium or Chrome for Testing: branded Google Chrome ignores --load-extension.`,
    );
  }
}

/**
 * Returns the first line of an error's message without Playwright's method prefix, such as
 * `browserType.launchPersistentContext: `, because Playwright appends a long call log.
 */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = (message.split('\n')[0] ?? '').trim();
  return line.replace(/^[\w.]+: /, '');
}

/** Whether to run headless, with the reason in words for the console. */
export interface BrowserMode {
  headless: boolean;
  description: string;
}

/**
 * Picks a visible window when a display is available and headless otherwise. On Linux a
 * display means DISPLAY or WAYLAND_DISPLAY is set, and other systems are taken to have one.
 */
export function chooseBrowserMode(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): BrowserMode {
  if (argv.includes('--headless')) {
    return {
      headless: true,
      description: '--headless given; running the scripted journey headless',
    };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return {
      headless: true,
      description:
        'No display found (DISPLAY and WAYLAND_DISPLAY are unset); running the scripted journey headless',
    };
  }
  return { headless: false, description: 'Display found; opening a Chromium window' };
}
