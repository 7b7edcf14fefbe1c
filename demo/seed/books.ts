import { applyStatus } from '../books/invoice-status';
import type { BooksCustomer, BooksInvoice } from '../books/records';
import {
  customerEntries,
  customerTimes,
  jitterTime,
  ownerKey,
  workId,
  type BuildContext,
  type CustomerEntry,
} from './context';
import { Random } from './prng';
import { STATUS_MAP } from './statuses';
import type { CustomerView } from './views';

export interface BooksSeed {
  customers: BooksCustomer[];
  invoices: BooksInvoice[];
}

const DAY_MS = 86_400_000;

export function buildBooksSeed(context: BuildContext): BooksSeed {
  const rng = new Random(context.seed, 'books-records');
  const entries = customerEntries(context, 'books', rng);
  const customers = entries.map((entry) => buildCustomer(rng, entry));
  const customerIds = new Map(entries.map((entry) => [entry.key, entry.id]));

  const invoices: BooksInvoice[] = [];
  for (const plan of context.workPlans) {
    const invoiceId = workId(context, 'books', plan.work.index);
    if (!invoiceId?.number) continue;
    const owner = ownerKey(plan, 'books');
    const customerId = customerIds.get(owner);
    if (!customerId) throw new Error(`No Books customer ${owner} for invoice ${invoiceId.id}`);

    const status = STATUS_MAP[plan.statusIn.books].books;
    const sentLater = status === 'sent' || status === 'paid';
    const txnDate = addDays(plan.work.scheduledOn, sentLater ? rng.int(1, 5) : 0);
    const invoice: BooksInvoice = {
      id: invoiceId.id,
      syncToken: rng.int(0, 3),
      docNumber: invoiceId.number,
      txnDate,
      dueDate: addDays(txnDate, rng.pick([14, 30])),
      customerId,
      description: plan.work.title,
      originalAmount: plan.work.amount,
      totalAmt: plan.work.amount,
      balance: plan.work.amount,
      emailStatus: 'NotSet',
      createTime: plan.work.createdAt,
      lastUpdatedTime: jitterTime(rng, plan.work.updatedAt),
    };
    applyStatus(invoice, status);
    const job = workId(context, 'scheduler', plan.work.index);
    if (plan.crossRefs.invoiceToJob && job) invoice.jobRef = job.number;
    invoices.push(invoice);
  }
  return { customers: sortById(customers), invoices: invoices.sort(byNumericId) };
}

function buildCustomer(rng: Random, entry: CustomerEntry): BooksCustomer {
  const { view } = entry;
  const times = customerTimes(rng);
  const customer: BooksCustomer = {
    Id: entry.id,
    SyncToken: String(rng.int(0, 2)),
    DisplayName: entry.isProbe ? `${view.givenName} ${view.familyName}` : displayName(rng, view),
    Metadata: { CreateTime: times.createdAt, LastUpdatedTime: times.updatedAt },
  };
  if (entry.isProbe || rng.chance(0.85)) {
    if (view.givenName !== undefined) customer.GivenName = view.givenName;
    if (view.familyName !== undefined) customer.FamilyName = view.familyName;
  }
  if (view.company !== undefined) customer.CompanyName = view.company;
  if (view.email !== undefined) customer.PrimaryEmailAddr = { Address: view.email };
  if (view.phone !== undefined) customer.PrimaryPhone = { FreeFormNumber: view.phone };
  const address = billAddress(view);
  if (address) customer.BillAddr = address;
  return customer;
}

/** Picks how the bookkeeper wrote the name: company, "Given Family" or "Family, Given". */
function displayName(rng: Random, view: CustomerView): string {
  if (view.company !== undefined) return view.company;
  const given = view.givenName ?? '';
  const family = view.familyName ?? '';
  return rng.chance(0.35) ? `${family}, ${given}` : `${given} ${family}`;
}

function billAddress(view: CustomerView): BooksCustomer['BillAddr'] | undefined {
  const address: NonNullable<BooksCustomer['BillAddr']> = {};
  if (view.street !== undefined) address.Line1 = view.street;
  if (view.city !== undefined) address.City = view.city;
  if (view.postcode !== undefined) address.PostalCode = view.postcode;
  if (view.country !== undefined) address.Country = view.country;
  return Object.keys(address).length > 0 ? address : undefined;
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function sortById(customers: BooksCustomer[]): BooksCustomer[] {
  return customers.sort((a, b) => Number(a.Id) - Number(b.Id));
}

function byNumericId(a: { id: string }, b: { id: string }): number {
  return Number(a.id) - Number(b.id);
}
