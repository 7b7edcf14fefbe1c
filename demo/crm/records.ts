import type { CrmStageId } from '../seed/statuses';

/** Contact properties as HubSpot names them. Absent ones were never filled in. */
export interface CrmContactProperties {
  firstname?: string;
  lastname?: string;
  email?: string;
  phone?: string;
  company?: string;
  address?: string;
  city?: string;
  zip?: string;
  country?: string;
}

export interface CrmContact {
  id: string;
  properties: CrmContactProperties;
  createdAt: string;
  updatedAt: string;
}

export interface CrmDeal {
  id: string;
  dealname: string;
  dealstage: CrmStageId;
  /** Decimal dollars as a string, the way HubSpot returns number properties. */
  amount: string;
  /** YYYY-MM-DD. */
  closedate: string;
  contactId: string;
  schedulerJobNumber?: string;
  booksInvoiceId?: string;
  createdAt: string;
  updatedAt: string;
}
