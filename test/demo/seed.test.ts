import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deriveStatus } from '../../demo/books/invoice-status';
import { generateSeedData, groundTruth, seedData } from '../../demo/seed/index';
import { XSS_NAME } from '../../demo/seed/customers';
import { STATUS_MAP } from '../../demo/seed/statuses';

const data = seedData(42);

describe('seed data', () => {
  test('same seed builds identical data', () => {
    expect(generateSeedData(42)).toEqual(generateSeedData(42));
  });

  test('another seed builds other data', () => {
    const other = generateSeedData(7);
    expect(other.crm.contacts).not.toEqual(data.crm.contacts);
    expect(other.truth.customers.length).toBeGreaterThanOrEqual(220);
  });

  test('committed ground truth matches seed 42', () => {
    const file = new URL('../../demo/data/ground-truth.json', import.meta.url);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(groundTruth(42));
  });

  test('ground truth counts', () => {
    const truth = groundTruth(42);
    expect(truth.customers.length).toBeGreaterThanOrEqual(220);
    expect(truth.duplicates).toHaveLength(8);
    expect(truth.work.length).toBeGreaterThan(truth.customers.length);
    expect(truth.work.length).toBeLessThanOrEqual(truth.customers.length * 2);

    for (const app of ['crm', 'books', 'scheduler'] as const) {
      const present = truth.customers.filter((customer) => customer[app] !== undefined).length;
      expect(present / truth.customers.length).toBeGreaterThan(0.82);
      expect(present / truth.customers.length).toBeLessThan(0.97);
    }
    const disagreeing = truth.work.filter((item) => item.disagrees !== undefined).length;
    expect(disagreeing / truth.work.length).toBeGreaterThan(0.05);
    expect(disagreeing / truth.work.length).toBeLessThan(0.15);
  });

  test('app record counts match ground truth', () => {
    const truth = data.truth;
    const duplicatesIn = (app: string) =>
      truth.duplicates.filter((entry) => entry.app === app).length;
    const customersIn = (app: 'crm' | 'books' | 'scheduler') =>
      truth.customers.filter((customer) => customer[app] !== undefined).length + duplicatesIn(app);
    const workIn = (app: 'crm' | 'books' | 'scheduler') =>
      truth.work.filter((item) => item[app] !== undefined).length;

    expect(data.crm.contacts).toHaveLength(customersIn('crm'));
    expect(data.books.customers).toHaveLength(customersIn('books'));
    expect(data.scheduler.clients).toHaveLength(customersIn('scheduler'));
    expect(data.crm.deals).toHaveLength(workIn('crm'));
    expect(data.books.invoices).toHaveLength(workIn('books'));
    expect(data.scheduler.jobs).toHaveLength(workIn('scheduler'));
  });

  test('ids follow each app format', () => {
    expect(data.crm.contacts[0]?.id).toBe('501');
    expect(data.crm.deals[0]?.id).toBe('9001');
    expect(data.books.customers[0]?.Id).toBe('58');
    expect(data.books.invoices[0]?.id).toBe('130');
    for (const job of data.scheduler.jobs) expect(job.id).toMatch(/^job_[0-9a-f]{12}$/);
    for (const client of data.scheduler.clients) expect(client.id).toMatch(/^cli_[0-9a-f]{12}$/);
  });

  test('statuses agree except where marked', () => {
    const deals = new Map(data.crm.deals.map((deal) => [deal.id, deal]));
    const invoices = new Map(data.books.invoices.map((invoice) => [invoice.id, invoice]));
    const jobs = new Map(data.scheduler.jobs.map((job) => [job.id, job]));
    for (const item of data.truth.work) {
      const expected = STATUS_MAP[item.canonical];
      const deal = item.crm === undefined ? undefined : deals.get(item.crm);
      const invoice = item.books === undefined ? undefined : invoices.get(item.books);
      const job = item.scheduler === undefined ? undefined : jobs.get(item.scheduler);
      if (deal && item.disagrees !== 'crm') expect(deal.dealstage).toBe(expected.crm);
      if (deal && item.disagrees === 'crm') expect(deal.dealstage).not.toBe(expected.crm);
      if (invoice && item.disagrees !== 'books') expect(deriveStatus(invoice)).toBe(expected.books);
      if (invoice && item.disagrees === 'books')
        expect(deriveStatus(invoice)).not.toBe(expected.books);
      if (job && item.disagrees !== 'scheduler') expect(job.status).toBe(expected.scheduler);
      if (job && item.disagrees === 'scheduler') expect(job.status).not.toBe(expected.scheduler);
    }
  });

  test('amounts equal across apps', () => {
    const deals = new Map(data.crm.deals.map((deal) => [deal.id, deal]));
    const invoices = new Map(data.books.invoices.map((invoice) => [invoice.id, invoice]));
    const jobs = new Map(data.scheduler.jobs.map((job) => [job.id, job]));
    for (const item of data.truth.work) {
      const amounts = [
        item.crm === undefined ? undefined : Number(deals.get(item.crm)?.amount),
        item.books === undefined ? undefined : invoices.get(item.books)?.originalAmount,
        item.scheduler === undefined ? undefined : jobs.get(item.scheduler)?.total,
      ].filter((amount) => amount !== undefined);
      expect(amounts.length).toBeGreaterThan(0);
      expect(new Set(amounts).size).toBe(1);
    }
  });

  test('cross references on some records', () => {
    const share = (count: number, total: number) => count / total;
    const withJob = data.crm.deals.filter((deal) => deal.schedulerJobNumber !== undefined).length;
    const withRef = data.books.invoices.filter((invoice) => invoice.jobRef !== undefined).length;
    const withDeal = data.scheduler.jobs.filter((job) => job.crm_deal_id !== undefined).length;
    expect(share(withJob, data.crm.deals.length)).toBeGreaterThan(0.15);
    expect(share(withJob, data.crm.deals.length)).toBeLessThan(0.4);
    expect(share(withRef, data.books.invoices.length)).toBeGreaterThan(0.15);
    expect(share(withDeal, data.scheduler.jobs.length)).toBeGreaterThan(0.15);

    const jobNumbers = new Set(data.scheduler.jobs.map((job) => String(job.number)));
    for (const deal of data.crm.deals) {
      if (deal.schedulerJobNumber !== undefined)
        expect(jobNumbers.has(deal.schedulerJobNumber)).toBe(true);
    }
  });

  test('injection probe customer in every app', () => {
    const probe = data.truth.customers.find((customer) => customer.name === XSS_NAME);
    expect(probe?.crm).toBeDefined();
    expect(probe?.books).toBeDefined();
    expect(probe?.scheduler).toBeDefined();

    const contact = data.crm.contacts.find((entry) => entry.id === probe?.crm);
    expect(`${contact?.properties.firstname} ${contact?.properties.lastname}`).toBe(XSS_NAME);
    const customer = data.books.customers.find((entry) => entry.Id === probe?.books);
    expect(customer?.DisplayName).toBe(XSS_NAME);
    const client = data.scheduler.clients.find((entry) => entry.id === probe?.scheduler);
    expect(`${client?.first_name} ${client?.last_name}`).toBe(XSS_NAME);

    const probeDeals = data.crm.deals.filter((deal) => deal.contactId === probe?.crm);
    const probeInvoices = data.books.invoices.filter(
      (invoice) => invoice.customerId === probe?.books,
    );
    const probeJobs = data.scheduler.jobs.filter((job) => job.client_id === probe?.scheduler);
    expect(probeDeals).toHaveLength(1);
    expect(probeInvoices).toHaveLength(1);
    expect(probeJobs).toHaveLength(1);
  });

  test('customers written differently per app', () => {
    const displayNames = data.books.customers.map((customer) => customer.DisplayName);
    expect(displayNames.some((name) => /^[^,]+, [^,]+$/.test(name))).toBe(true);
    expect(displayNames.some((name) => name.length > 3 && name === name.toUpperCase())).toBe(true);
    expect(
      displayNames.some((name) => /Pty\.? Ltd\.?|PTY LTD|Proprietary Limited/.test(name)),
    ).toBe(true);

    const phones = data.crm.contacts.map((contact) => contact.properties.phone ?? '');
    expect(phones.some((phone) => phone.startsWith('+61 '))).toBe(true);
    expect(phones.some((phone) => /^\(0\d\) /.test(phone))).toBe(true);

    const streets = data.crm.contacts.map((contact) => contact.properties.address ?? '');
    expect(streets.some((street) => / St$/.test(street))).toBe(true);
    expect(streets.some((street) => / Street$/.test(street))).toBe(true);
    expect(streets.some((street) => /^\d+\/\d+ /.test(street))).toBe(true);

    const firstNames = new Set(data.crm.contacts.map((contact) => contact.properties.firstname));
    expect(['Bill', 'Liz', 'Dave', 'Bob', 'Mike'].some((name) => firstNames.has(name))).toBe(true);
    expect(data.crm.contacts.some((contact) => contact.properties.email === undefined)).toBe(true);
    expect(data.crm.contacts.some((contact) => contact.properties.country === 'US')).toBe(true);
  });

  test('diacritics differ between apps', () => {
    const accented = /[\u00C0-\u024F]/;
    const crmNames = data.crm.contacts.map((contact) => contact.properties.lastname ?? '');
    const booksNames = data.books.customers.map((customer) => customer.FamilyName ?? '');
    expect(crmNames.filter((name) => accented.test(name)).length).toBeGreaterThan(0);
    const accentedShare = (names: string[]) => names.filter((name) => accented.test(name)).length;
    expect(accentedShare(crmNames)).not.toBe(accentedShare(booksNames));
  });
});
