import type { SchedulerStatus } from '../seed/statuses';

/** Client in the scheduler API shape. */
export interface SchedulerClient {
  id: string;
  number: number;
  first_name?: string;
  last_name?: string;
  company_name?: string;
  email?: string;
  phone?: string;
  address?: { street?: string; city?: string; postcode?: string; country?: string };
  version: number;
  updated_at: string;
}

/** Job in the scheduler API shape. */
export interface SchedulerJob {
  id: string;
  number: number;
  title: string;
  status: SchedulerStatus;
  client_id: string;
  /** YYYY-MM-DD. */
  scheduled_on: string;
  total: number;
  address?: string;
  crm_deal_id?: string;
  version: number;
  updated_at: string;
}
