/**
 * Panel benchmark: what the content script costs a host page, and how fast the panel appears.
 * Loads a scheduler job page repeatedly in headless Chromium with and without the extension and
 * prints a table, then one JSON line. Run with `npm run bench:panel` after `npm run build`.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startDemoApps, type DemoApps } from '../demo/index';
import { EXTENSION_DIR, findChrome, launchWithExtension } from '../scripts/browser';
import { findLinkedJob, login } from '../scripts/demo-client';
import { DEMO_PORTS } from '../lib/config/demo-workspace';

const LOADS = 10;

interface PageCost {
  /** ms from navigation start to the panel's current record, or to the page's own content. */
  shownMs: number;
  /** Main-thread script time for the load, from the DevTools protocol, in ms. */
  scriptMs: number;
  taskMs: number;
  heapMb: number;
}

async function main(): Promise<void> {
  const demo = await startDemoApps({ ports: DEMO_PORTS });
  try {
    const { job } = await findLinkedJob(demo);
    const url = `${demo.scheduler.origin}/#/jobs/${job.number}`;
    const withExtension = await measure(demo, url, true);
    const without = await measure(demo, url, false);

    const contentJs = readFileSync(path.join(EXTENSION_DIR, 'content-scripts', 'content.js'));
    const backgroundJs = readFileSync(path.join(EXTENSION_DIR, 'background.js'));
    const result = {
      loads: LOADS,
      panel_shown_p50_ms: median(withExtension.map((c) => c.shownMs)),
      page_ready_p50_ms: median(without.map((c) => c.shownMs)),
      script_ms_with: median(withExtension.map((c) => c.scriptMs)),
      script_ms_without: median(without.map((c) => c.scriptMs)),
      task_ms_with: median(withExtension.map((c) => c.taskMs)),
      task_ms_without: median(without.map((c) => c.taskMs)),
      heap_mb_with: median(withExtension.map((c) => c.heapMb)),
      heap_mb_without: median(without.map((c) => c.heapMb)),
      content_script_bytes: contentJs.length,
      content_script_gzip_bytes: gzipSync(contentJs).length,
      background_gzip_bytes: gzipSync(backgroundJs).length,
    };
    console.log(`Panel benchmark: ${LOADS} loads of a scheduler job page, medians`);
    for (const [name, value] of Object.entries(result))
      console.log(`  ${name.padEnd(26)} ${value}`);
    console.log(JSON.stringify(result));
  } finally {
    await demo.close();
  }
}

async function measure(demo: DemoApps, url: string, extension: boolean): Promise<PageCost[]> {
  const browser = extension ? await launchWithExtension({ headless: true }) : undefined;
  const plain = extension
    ? undefined
    : await chromium.launch({
        headless: true,
        executablePath: findChrome(),
        args: ['--no-sandbox', '--disable-gpu'],
      });
  const context: BrowserContext = browser?.context ?? (await plain!.newContext());
  try {
    const page = await context.newPage();
    await login(page, demo.scheduler.origin);
    const ready = extension ? '[data-testid="lockstep-panel"] [data-testid="match"]' : '.job-view';
    await page.goto(url);
    await page.waitForSelector(ready);

    const costs: PageCost[] = [];
    for (let load = 0; load < LOADS; load++) {
      await page.goto('about:blank');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector(ready);
      const shownMs = await page.evaluate(() => performance.now());
      const metrics = new Map(
        (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
      );
      costs.push({
        shownMs: Math.round(shownMs),
        scriptMs: Math.round((metrics.get('ScriptDuration') ?? 0) * 1000),
        taskMs: Math.round((metrics.get('TaskDuration') ?? 0) * 1000),
        heapMb: Math.round(((metrics.get('JSHeapUsedSize') ?? 0) / 1e6) * 10) / 10,
      });
      await cdp.detach();
    }
    return costs;
  } finally {
    await browser?.close();
    await plain?.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
