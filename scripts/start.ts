import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PORTS } from '../lib/config/demo-workspace';
import { startDemoApps, type DemoApps } from '../demo/index';
import {
  chooseBrowserMode,
  findChrome,
  launchWithExtension,
  type ExtensionBrowser,
} from './browser';
import { DEMO_LOGIN } from './demo-client';
import { runScriptedJourney } from './journey';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Exit codes after a signal, as shells report them: 128 plus the signal number. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** The demo apps and browser this run started, so a normal end and a signal close the same ones. */
const running: { demo?: DemoApps; browser?: ExtensionBrowser } = {};
let closing: Promise<void> | undefined;
let stopSignal: keyof typeof SIGNAL_EXIT_CODES | undefined;

async function main(): Promise<number> {
  const chrome = findChrome();
  const { headless, description } = chooseBrowserMode(process.argv.slice(2));
  console.log(`Chromium: ${chrome}`);
  console.log(`${description}.`);

  console.log('Building the extension…');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const demo = await startDemoApps({ ports: DEMO_PORTS });
  running.demo = demo;
  console.log(
    `Demo apps: CRM ${demo.crm.origin}  Books ${demo.books.origin}  Scheduler ${demo.scheduler.origin}`,
  );
  console.log(`Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);

  try {
    const browser = await launchWithExtension({ headless, handleSignals: false });
    running.browser = browser;
    if (headless) {
      const outDir = path.join(ROOT, '.tmp');
      mkdirSync(outDir, { recursive: true });
      return (await runScriptedJourney(browser, demo, outDir)) ? 0 : 1;
    }
    await interactive(browser, demo);
    return 0;
  } finally {
    await closeAll();
  }
}

/** Opens the scheduler's job list with the extension loaded and waits until the window closes. */
async function interactive(browser: ExtensionBrowser, demo: DemoApps): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`${demo.scheduler.origin}/login?next=${encodeURIComponent('/#/jobs')}`);
  console.log('Chromium is open on the scheduler. Log in, open a job and use the Lockstep panel.');
  console.log('Close the browser window or press Ctrl+C to stop.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
}

/** Closes the browser, which removes its temporary profile, then the demo apps. Runs once. */
function closeAll(): Promise<void> {
  closing ??= (async () => {
    await running.browser?.close().catch((error: unknown) => {
      console.error(`Closing Chromium failed: ${error instanceof Error ? error.message : error}`);
    });
    await running.demo?.close();
  })();
  return closing;
}

function onSignal(signal: keyof typeof SIGNAL_EXIT_CODES): void {
  if (stopSignal) return;
  stopSignal = signal;
  console.log(`\n${signal} received; closing Chromium and the demo apps…`);
  void closeAll().finally(() => process.exit(SIGNAL_EXIT_CODES[signal]));
}

process.on('SIGINT', () => onSignal('SIGINT'));
process.on('SIGTERM', () => onSignal('SIGTERM'));

main().then(
  (code) => process.exit(stopSignal ? SIGNAL_EXIT_CODES[stopSignal] : code),
  (error: unknown) => {
    if (stopSignal) return;
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
