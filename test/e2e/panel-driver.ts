import type { Page } from 'playwright-core';
import { api, REALM, type AppRef, type DemoJob } from '../../scripts/demo-client';
import type { DemoApps } from '../../demo/index';
import { panel } from './harness';

/** Opens a scheduler job and waits until the panel lists its CRM deal and Books invoice. */
export async function openJob(page: Page, demo: DemoApps, jobNumber: number): Promise<void> {
  // A fresh document, so no panel state carries over from an earlier visit to the same job.
  await page.goto('about:blank');
  await page.goto(`${demo.scheduler.origin}/#/jobs/${jobNumber}`);
  await panel(page)
    .locator(`[data-testid="current"]:has-text("${jobNumber}")`)
    .waitFor({ timeout: 10_000 });
  await panel(page)
    .locator('[data-testid="match"][data-system="crm"]')
    .waitFor({ timeout: 10_000 });
  await panel(page)
    .locator('[data-testid="match"][data-system="books"]')
    .waitFor({ timeout: 10_000 });
  // Let a late snapshot of the same page land, so the statuses the test reads are the ones sent.
  await page.waitForTimeout(300);
}

/** Picks a canonical status in the panel and presses Apply. */
export async function applyStatus(page: Page, canonical: string): Promise<void> {
  await panel(page).locator('[data-testid="status-select"]').selectOption(canonical);
  await panel(page).locator('[data-testid="apply"]').click();
}

export async function waitForSummary(page: Page, timeout = 20_000): Promise<string> {
  const summary = panel(page).locator('[data-testid="batch-summary"]');
  await summary.waitFor({ timeout });
  return (await summary.textContent()) ?? '';
}

/** Reads each app's own status value for one piece of work. */
export async function workStatuses(
  demo: DemoApps,
  ids: { dealId: string; invoiceId: string; jobId: string },
) {
  const deal = await api<{ properties: { dealstage: string } }>(
    demo.crm,
    `/crm/v3/objects/deals/${ids.dealId}`,
  );
  const invoice = await api<{
    Invoice: { EmailStatus: string; Balance: number; PrivateNote?: string };
  }>(demo.books, `/v3/company/${REALM}/invoice/${ids.invoiceId}`);
  const job = await api<DemoJob>(demo.scheduler, `/api/v1/jobs/${ids.jobId}`);
  return {
    crm: deal.properties.dealstage,
    books: derivedInvoiceStatus(invoice.Invoice),
    scheduler: job.status,
  };
}

function derivedInvoiceStatus(invoice: {
  EmailStatus: string;
  Balance: number;
  PrivateNote?: string;
}): string {
  if (invoice.PrivateNote?.startsWith('Voided')) return 'void';
  if (invoice.Balance === 0) return 'paid';
  return invoice.EmailStatus === 'EmailSent' ? 'sent' : 'draft';
}

export async function setFaults(app: AppRef, faults: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${app.origin}/__faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok)
    throw new Error(`setting faults on ${app.origin} failed: ${await response.text()}`);
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  at: string | number;
}

export async function requestLog(app: AppRef): Promise<LoggedRequest[]> {
  const response = await fetch(`${app.origin}/__stats`);
  return ((await response.json()) as { log: LoggedRequest[] }).log;
}
