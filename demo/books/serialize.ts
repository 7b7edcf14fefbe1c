import { qboTime } from './format';
import type { BooksCustomer, BooksInvoice } from './records';

export function customerToApi(customer: BooksCustomer) {
  return {
    ...customer,
    domain: 'QBO',
    Active: true,
    Metadata: {
      CreateTime: qboTime(customer.Metadata.CreateTime),
      LastUpdatedTime: qboTime(customer.Metadata.LastUpdatedTime),
    },
  };
}

/** Builds an invoice in the QuickBooks Online v3 shape. `customerName` fills CustomerRef.name. */
export function invoiceToApi(invoice: BooksInvoice, customerName: string) {
  const jobRef: Record<string, string> = {
    DefinitionId: '1',
    Name: 'Job ref',
    Type: 'StringType',
  };
  if (invoice.jobRef !== undefined) jobRef.StringValue = invoice.jobRef;
  return {
    Id: invoice.id,
    SyncToken: String(invoice.syncToken),
    domain: 'QBO',
    DocNumber: invoice.docNumber,
    TxnDate: invoice.txnDate,
    DueDate: invoice.dueDate,
    CustomerRef: { value: invoice.customerId, name: customerName },
    TotalAmt: invoice.totalAmt,
    Balance: invoice.balance,
    EmailStatus: invoice.emailStatus,
    ...(invoice.privateNote === undefined ? {} : { PrivateNote: invoice.privateNote }),
    CustomField: [jobRef],
    Line: [
      {
        Id: '1',
        LineNum: 1,
        Amount: invoice.totalAmt,
        Description: invoice.description,
        DetailType: 'SalesItemLineDetail',
        SalesItemLineDetail: { ItemRef: { value: '1', name: 'Services' } },
      },
    ],
    Metadata: {
      CreateTime: qboTime(invoice.createTime),
      LastUpdatedTime: qboTime(invoice.lastUpdatedTime),
    },
  };
}
