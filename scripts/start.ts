import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PORTS } from '../lib/config/demo-workspace';
import { startDemoApps, type DemoApps } from '../demo/index';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { DEMO_LOGIN } from './demo-client';
import { runScriptedJourney } from './journey';

const ROOT = path.resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const headless =
    process.argv.includes('--headless') ||
    (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  console.log('Building the extension…');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const demo = await startDemoApps({ ports: DEMO_PORTS });
  console.log(
    `Demo apps: CRM ${demo.crm.origin}  Books ${demo.books.origin}  Scheduler ${demo.scheduler.origin}`,
  );
  console.log(`Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);

  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension({ headless });
    if (headless) {
      const outDir = path.join(ROOT, '.tmp');
      mkdirSync(outDir, { recursive: true });
      return (await runScriptedJourney(browser, demo, outDir)) ? 0 : 1;
    }
    await interactive(browser, demo);
    return 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await demo.close();
  }
}

/** Opens the scheduler's job list with the extension loaded and waits until the window closes. */
async function interactive(browser: ExtensionBrowser, demo: DemoApps): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`${demo.scheduler.origin}/login?next=${encodeURIComponent('/#/jobs')}`);
  console.log('Chromium is open on the scheduler. Log in, open a job and use the Lockstep panel.');
  console.log('Close the browser window or press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    browser.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
