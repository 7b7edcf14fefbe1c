/** Customer in the QuickBooks Online v3 API shape. The demo never changes customers. */
export interface BooksCustomer {
  Id: string;
  SyncToken: string;
  DisplayName: string;
  GivenName?: string;
  FamilyName?: string;
  CompanyName?: string;
  PrimaryEmailAddr?: { Address: string };
  PrimaryPhone?: { FreeFormNumber: string };
  BillAddr?: { Line1?: string; City?: string; PostalCode?: string; Country?: string };
  Metadata: { CreateTime: string; LastUpdatedTime: string };
}

/** Stored invoice. invoiceToApi builds the API shape from it. */
export interface BooksInvoice {
  id: string;
  syncToken: number;
  docNumber: string;
  /** YYYY-MM-DD. */
  txnDate: string;
  dueDate: string;
  customerId: string;
  description: string;
  /** Invoice total before any void, kept so an unvoid can restore it. */
  originalAmount: number;
  totalAmt: number;
  balance: number;
  emailStatus: 'NotSet' | 'EmailSent';
  privateNote?: string;
  /** Scheduler job number in the "Job ref" custom field. */
  jobRef?: string;
  /** ISO 8601 times in UTC. */
  createTime: string;
  lastUpdatedTime: string;
}
