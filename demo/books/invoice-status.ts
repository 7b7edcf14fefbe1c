import type { BooksStatus } from '../seed/statuses';
import type { BooksInvoice } from './records';

export const VOID_NOTE = 'Voided';

/**
 * Derives the status shown on pages, because QuickBooks stores no status field: void when the
 * private note starts with "Voided", paid at a zero balance, sent once emailed, else draft.
 */
export function deriveStatus(invoice: BooksInvoice): BooksStatus {
  if (invoice.privateNote?.startsWith(VOID_NOTE)) return 'void';
  if (invoice.balance === 0) return 'paid';
  if (invoice.emailStatus === 'EmailSent') return 'sent';
  return 'draft';
}

/** Sets the stored fields so that deriveStatus returns `status`. Does not touch SyncToken. */
export function applyStatus(invoice: BooksInvoice, status: BooksStatus): void {
  if (status === 'void') {
    voidInvoice(invoice);
    return;
  }
  unvoidInvoice(invoice);
  invoice.emailStatus = status === 'draft' ? 'NotSet' : 'EmailSent';
  invoice.balance = status === 'paid' ? 0 : invoice.originalAmount;
}

export function voidInvoice(invoice: BooksInvoice): void {
  invoice.privateNote = VOID_NOTE;
  invoice.totalAmt = 0;
  invoice.balance = 0;
}

/** Restores the amounts of a voided invoice, which becomes unpaid. No-op on a live invoice. */
export function unvoidInvoice(invoice: BooksInvoice): void {
  if (!invoice.privateNote?.startsWith(VOID_NOTE)) return;
  delete invoice.privateNote;
  invoice.totalAmt = invoice.originalAmount;
  invoice.balance = invoice.originalAmount;
}
