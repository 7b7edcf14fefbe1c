import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PanelView } from '../../lib/views';
import { api, booksQuery, startStack, type Stack } from './harness';
import { openExtensionPage, request } from './extension';

interface Contact {
  id: string;
  properties: Record<string, string | undefined>;
}
interface Customer {
  Id: string;
  DisplayName?: string;
  GivenName?: string;
  FamilyName?: string;
  CompanyName?: string;
  PrimaryEmailAddr?: { Address?: string };
  PrimaryPhone?: { FreeFormNumber?: string };
  BillAddr?: { Line1?: string; City?: string; PostalCode?: string };
}

let stack: Stack;
let folder: string;

beforeAll(async () => {
  stack = await startStack();
  folder = mkdtempSync(path.join(tmpdir(), 'lockstep-pilot-'));
});

afterAll(async () => {
  await stack?.close();
  rmSync(folder, { recursive: true, force: true });
});

function csv(header: string[], rows: (string | undefined)[][]): string {
  const cell = (value: string | undefined) => `"${(value ?? '').replace(/"/g, '""')}"`;
  return [header.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\n');
}

/** Writes each app's customers as a CSV export, the way an admin would download them. */
async function writeExports(): Promise<{ crm: string; books: string }> {
  const { demo } = stack;
  const contacts: Contact[] = [];
  for (let after: string | undefined = '0'; after !== undefined;) {
    const page: { results: Contact[]; paging?: { next?: { after: string } } } = await api(
      demo.crm,
      `/crm/v3/objects/contacts?limit=100&after=${after}`,
    );
    contacts.push(...page.results);
    after = page.paging?.next?.after;
  }
  const crm = path.join(folder, 'crm-contacts.csv');
  writeFileSync(
    crm,
    csv(
      ['id', 'given_name', 'surname', 'email', 'phone', 'company', 'address', 'city', 'postcode'],
      contacts.map(({ id, properties: p }) => [
        id,
        p.firstname,
        p.lastname,
        p.email,
        p.phone,
        p.company,
        p.address,
        p.city,
        p.zip,
      ]),
    ),
  );

  const customers = await booksQuery<Customer>(demo.books, 'Customer');
  const books = path.join(folder, 'books-customers.csv');
  writeFileSync(
    books,
    csv(
      [
        'id',
        'name',
        'given_name',
        'surname',
        'company',
        'email',
        'phone',
        'address',
        'city',
        'postcode',
      ],
      customers.map((c) => [
        c.Id,
        c.DisplayName,
        c.GivenName,
        c.FamilyName,
        c.CompanyName,
        c.PrimaryEmailAddr?.Address,
        c.PrimaryPhone?.FreeFormNumber,
        c.BillAddr?.Line1,
        c.BillAddr?.City,
        c.BillAddr?.PostalCode,
      ]),
    ),
  );
  return { crm, books };
}

test('pilot links accepted into workspace', async () => {
  const files = await writeExports();
  const page = await openExtensionPage(stack.browser);
  await page.click('[role="tab"]:has-text("Matching pilot")');
  await page.setInputFiles('[data-testid="pilot-file-crm"]', files.crm);
  await page.setInputFiles('[data-testid="pilot-file-books"]', files.books);
  await page.click('[data-testid="pilot-run"]');

  const report = page.locator('[data-testid="pilot-report"]');
  await report.waitFor({ timeout: 20_000 });
  const links = Number(await page.locator('[data-testid="pilot-links"]').textContent());
  expect(links).toBeGreaterThan(100);
  expect(
    Number(await page.locator('[data-testid="pilot-duplicates"]').textContent()),
  ).toBeGreaterThan(0);

  const firstLink = report.locator('details').first().locator('tbody tr').first();
  const [from, to] = (await firstLink.locator('td').allTextContents()).slice(1, 3);
  await page.click('[data-testid="pilot-accept"]');
  await page.locator('[data-testid="pilot-message"]:has-text("Saved")').waitFor();

  const contactKey = [from, to].find((key) => key?.startsWith('crm:'));
  const booksKey = [from, to].find((key) => key?.startsWith('books:'));
  if (!contactKey || !booksKey) throw new Error(`first link is not CRM to Books: ${from} ${to}`);
  const view = await request<PanelView>(page, {
    type: 'refresh',
    record: { system: 'crm', type: 'contact', pageId: contactKey.split(':')[2] },
    pull: false,
  });
  const match = view.matches.find((m) => m.record.system === 'books');
  expect(match?.record.key).toBe(booksKey);
  expect(match?.source).toBe('link');
});

test('pilot names a malformed export', async () => {
  const page = await openExtensionPage(stack.browser);
  await page.click('[role="tab"]:has-text("Matching pilot")');
  const broken = path.join(folder, 'broken.csv');
  writeFileSync(broken, 'id,name\n1,"unterminated\n');
  const noId = path.join(folder, 'no-id.csv');
  writeFileSync(noId, 'key,name\n1,Ada\n');
  await page.setInputFiles('[data-testid="pilot-file-crm"]', broken);
  await page.setInputFiles('[data-testid="pilot-file-books"]', noId);
  await page.click('[data-testid="pilot-run"]');
  const message = page.locator('[data-testid="pilot-message"]');
  await message.waitFor();
  expect(await message.textContent()).toContain('broken.csv');
  expect(await message.textContent()).toContain('line');
});
