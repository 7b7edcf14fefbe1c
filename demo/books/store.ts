import type { BooksSeed } from '../seed/books';
import { nextTimestamp } from '../server/clock';
import type { BooksCustomer, BooksInvoice } from './records';

/** The Books customers and invoices, in id order, restorable to the seed. */
export class BooksStore {
  customers = new Map<string, BooksCustomer>();
  invoices = new Map<string, BooksInvoice>();

  constructor(private readonly seed: BooksSeed) {
    this.reset();
  }

  reset(): void {
    const copy = structuredClone(this.seed);
    this.customers = new Map(copy.customers.map((customer) => [customer.Id, customer]));
    this.invoices = new Map(copy.invoices.map((invoice) => [invoice.id, invoice]));
  }

  /** Returns the DisplayName of a customer, or '' when no customer has the id. */
  customerName(customerId: string): string {
    return this.customers.get(customerId)?.DisplayName ?? '';
  }

  /** Records that an invoice changed: increments its SyncToken and its update time. */
  touch(invoice: BooksInvoice): void {
    invoice.syncToken += 1;
    invoice.lastUpdatedTime = nextTimestamp(invoice.lastUpdatedTime);
  }
}
