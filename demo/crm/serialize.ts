import type { CrmContact, CrmDeal } from './records';

/** Builds a contact in the HubSpot v3 object shape. Properties with no value are left out. */
export function contactToApi(contact: CrmContact) {
  return {
    id: contact.id,
    properties: {
      ...contact.properties,
      createdate: contact.createdAt,
      hs_object_id: contact.id,
      lastmodifieddate: contact.updatedAt,
    },
    createdAt: contact.createdAt,
    updatedAt: contact.updatedAt,
    archived: false,
  };
}

/**
 * Builds a deal in the HubSpot v3 object shape, with its contact association. closedate is a
 * midnight UTC date-time, as HubSpot returns date properties.
 */
export function dealToApi(deal: CrmDeal) {
  const properties: Record<string, string> = {
    dealname: deal.dealname,
    dealstage: deal.dealstage,
    pipeline: 'default',
    amount: deal.amount,
    closedate: `${deal.closedate}T00:00:00.000Z`,
    createdate: deal.createdAt,
    hs_object_id: deal.id,
    lastmodifieddate: deal.updatedAt,
  };
  if (deal.schedulerJobNumber !== undefined)
    properties.scheduler_job_number = deal.schedulerJobNumber;
  if (deal.booksInvoiceId !== undefined) properties.books_invoice_id = deal.booksInvoiceId;
  return {
    id: deal.id,
    properties,
    createdAt: deal.createdAt,
    updatedAt: deal.updatedAt,
    archived: false,
    associations: {
      contacts: { results: [{ id: deal.contactId, type: 'deal_to_contact' }] },
    },
  };
}
