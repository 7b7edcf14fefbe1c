import path from 'node:path';
import type { DemoApps } from '../demo/index';
import type { ExtensionBrowser } from './browser';
import { api, findLinkedJob, login, REALM, type DemoJob } from './demo-client';

/** Expected value in each app after "Completed", from the demo workspace's status map. */
const EXPECTED = { crm: '201345678', books: 'sent', scheduler: 'completed' } as const;
/** Names of the demo CRM's stage ids, so the output matches the CRM's own page. */
const CRM_STAGE_LABELS: Record<string, string> = { '201345678': 'Work done' };

/**
 * The main job without a person: open a job, wait for the panel, set "Completed", then check
 * each app's API. Returns true only when all three apps show their mapped value.
 */
export async function runScriptedJourney(
  browser: ExtensionBrowser,
  demo: DemoApps,
  outDir: string,
): Promise<boolean> {
  const page = await browser.context.newPage();
  for (const app of [demo.crm, demo.books, demo.scheduler]) await login(page, app.origin);

  const { job, dealId, invoiceId } = await findLinkedJob(demo);
  console.log(`Opening job #${job.number} "${job.title}" (status ${job.status}) in the scheduler…`);
  await page.goto(`${demo.scheduler.origin}/#/jobs/${job.number}`);
  const panel = page.locator('[data-testid="lockstep-panel"]');
  await panel.locator('[data-testid="match"]').first().waitFor({ timeout: 15_000 });
  console.log(
    `The panel found ${await panel.locator('[data-testid="match"]').count()} matching records.`,
  );

  await panel.locator('[data-testid="status-select"]').selectOption('completed');
  await panel.locator('[data-testid="apply"]').click();
  await panel.locator('[data-testid="batch-summary"]').waitFor({ timeout: 30_000 });
  for (const line of await panel.locator('[data-testid="batch-item"]').allInnerTexts())
    console.log(`  ${line.replace(/\s+/g, ' ').trim()}`);

  // Reload so the scheduler's own page shows the new status next to the panel.
  await page.reload();
  await panel
    .locator('[data-testid="current"] [data-testid="status"][data-value="completed"]')
    .waitFor({ timeout: 10_000 });
  const screenshot = path.join(outDir, 'lockstep-panel.png');
  await page.screenshot({ path: screenshot });
  console.log(`Screenshot: ${screenshot}`);

  const actual = {
    crm: (
      await api<{ properties: { dealstage: string } }>(demo.crm, `/crm/v3/objects/deals/${dealId}`)
    ).properties.dealstage,
    books: await invoiceStatus(demo, invoiceId),
    scheduler: (await api<DemoJob>(demo.scheduler, `/api/v1/jobs/${job.id}`)).status,
  };
  let ok = true;
  for (const app of ['crm', 'books', 'scheduler'] as const) {
    const good = actual[app] === EXPECTED[app];
    ok &&= good;
    const shown = (value: string) =>
      app === 'crm' ? `${CRM_STAGE_LABELS[value] ?? 'stage'} (${value})` : value;
    console.log(
      `${good ? 'ok  ' : 'FAIL'} ${app}: ${shown(actual[app])}, expected ${shown(EXPECTED[app])}`,
    );
  }
  console.log(ok ? 'All three apps show the new status.' : 'Not every app shows the new status.');
  return ok;
}

async function invoiceStatus(demo: DemoApps, invoiceId: string): Promise<string> {
  const { Invoice } = await api<{
    Invoice: { EmailStatus: string; Balance: number; PrivateNote?: string };
  }>(demo.books, `/v3/company/${REALM}/invoice/${invoiceId}`);
  if (Invoice.PrivateNote?.startsWith('Voided')) return 'void';
  if (Invoice.Balance === 0) return 'paid';
  return Invoice.EmailStatus === 'EmailSent' ? 'sent' : 'draft';
}
