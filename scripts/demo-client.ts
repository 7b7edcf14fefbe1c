/** Talks to the demo apps' pages, APIs and admin endpoints the way a script or a test would. */
import type { Page } from 'playwright-core';

export const DEMO_LOGIN = { email: 'demo@lockstep.test', password: 'lockstep-demo' };
export const TOKENS = {
  crm: 'demo-crm-token',
  books: 'demo-books-token',
  scheduler: 'demo-scheduler-token',
} as const;
export const REALM = '9130357766433';

export interface AppRef {
  origin: string;
  name: keyof typeof TOKENS;
}

export interface DemoJob {
  id: string;
  number: number;
  title: string;
  status: string;
  crm_deal_id?: string;
}

interface DemoInvoice {
  Id: string;
  CustomField?: { Name?: string; StringValue?: string }[];
}

/** Calls a demo app's JSON API with its bearer token; throws on any non-2xx status. */
export async function api<T>(app: AppRef, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${app.origin}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${TOKENS[app.name]}`,
      'Content-Type': 'application/json',
      ...init.headers,
    },
  });
  if (!response.ok)
    throw new Error(
      `${init.method ?? 'GET'} ${app.origin}${path} failed with ${response.status}: ${await response.text()}`,
    );
  return (await response.json()) as T;
}

/** Finds a job that names its CRM deal, is named by a Books invoice, and is still open. */
export async function findLinkedJob(
  apps: { crm: AppRef; books: AppRef; scheduler: AppRef },
  skip = 0,
): Promise<{ job: DemoJob; dealId: string; invoiceId: string }> {
  const jobs = await schedulerList<DemoJob>(apps.scheduler, 'jobs');
  const invoices = await booksQuery<DemoInvoice>(apps.books, 'Invoice');

  let skipped = 0;
  for (const job of jobs) {
    if (!job.crm_deal_id || job.status === 'completed' || job.status === 'cancelled') continue;
    const invoice = invoices.find((item) =>
      item.CustomField?.some(
        (field) => field.Name === 'Job ref' && field.StringValue === String(job.number),
      ),
    );
    if (!invoice) continue;
    if (skipped++ < skip) continue;
    return { job, dealId: job.crm_deal_id, invoiceId: invoice.Id };
  }
  throw new Error('the demo data has no open job linked to both a deal and an invoice');
}

/** Lists every record of a scheduler resource, following its page links. */
export async function schedulerList<T>(app: AppRef, resource: 'jobs' | 'clients'): Promise<T[]> {
  const all: T[] = [];
  for (let page: number | null = 1; page;) {
    const body: { data: T[]; meta: { next_page: number | null } } = await api(
      app,
      `/api/v1/${resource}?page=${page}&per_page=100`,
    );
    all.push(...body.data);
    page = body.meta.next_page;
  }
  return all;
}

/** Lists every Books entity of one kind through the query endpoint, 100 at a time. */
export async function booksQuery<T>(app: AppRef, entity: 'Invoice' | 'Customer'): Promise<T[]> {
  const all: T[] = [];
  for (let start = 1; ; start += 100) {
    const query = encodeURIComponent(
      `select * from ${entity} startposition ${start} maxresults 100`,
    );
    const body = await api<{ QueryResponse: Record<string, T[] | undefined> }>(
      app,
      `/v3/company/${REALM}/query?query=${query}`,
    );
    const page = body.QueryResponse[entity] ?? [];
    all.push(...page);
    if (page.length < 100) return all;
  }
}

export async function resetApps(apps: AppRef[]): Promise<void> {
  await Promise.all(apps.map((app) => fetch(`${app.origin}/__reset`, { method: 'POST' })));
}

/** Committed API writes per record id since the last reset. */
export async function writeCounts(app: AppRef): Promise<Record<string, number>> {
  const response = await fetch(`${app.origin}/__stats`);
  return ((await response.json()) as { writes: Record<string, number> }).writes;
}

/** Logs in through the app's own form, so the browser stores a real session cookie. */
export async function login(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.fill('input[name="email"]', DEMO_LOGIN.email);
  await page.fill('input[name="password"]', DEMO_LOGIN.password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/login')),
    page.click('button[type="submit"]'),
  ]);
}
