/** The canonical work lifecycle and how each demo app spells a status. */

export const CANONICAL_STATUSES = [
  'scheduled',
  'in_progress',
  'completed',
  'invoiced',
  'paid',
  'on_hold',
  'cancelled',
] as const;
export type CanonicalStatus = (typeof CANONICAL_STATUSES)[number];

export type CrmStageId =
  | 'appointmentscheduled'
  | 'presentationscheduled'
  | '201345678'
  | 'contractsent'
  | 'closedwon'
  | '201345680'
  | 'closedlost';
export type BooksStatus = 'draft' | 'sent' | 'paid' | 'void';
export type SchedulerStatus = 'scheduled' | 'in_progress' | 'completed' | 'cancelled';

/** HubSpot-style deal stages in pipeline order, with the label each shows on a page. */
export const CRM_STAGES: readonly { id: CrmStageId; label: string; canonical: CanonicalStatus }[] =
  [
    { id: 'appointmentscheduled', label: 'Job scheduled', canonical: 'scheduled' },
    { id: 'presentationscheduled', label: 'Work in progress', canonical: 'in_progress' },
    { id: '201345678', label: 'Work done', canonical: 'completed' },
    { id: 'contractsent', label: 'Invoiced', canonical: 'invoiced' },
    { id: 'closedwon', label: 'Paid', canonical: 'paid' },
    { id: '201345680', label: 'On hold', canonical: 'on_hold' },
    { id: 'closedlost', label: 'Cancelled', canonical: 'cancelled' },
  ];

/**
 * Maps each canonical status to the status each app stores. Books and the scheduler have fewer
 * statuses than the lifecycle, so several canonical statuses share one app status there. An
 * invoice stays a draft until the work is completed, then it is sent. The scheduler has no
 * "on hold", so a job on hold stays scheduled. The extension's demo workspace uses the same map.
 */
export const STATUS_MAP: Readonly<
  Record<CanonicalStatus, { crm: CrmStageId; books: BooksStatus; scheduler: SchedulerStatus }>
> = {
  scheduled: { crm: 'appointmentscheduled', books: 'draft', scheduler: 'scheduled' },
  in_progress: { crm: 'presentationscheduled', books: 'draft', scheduler: 'in_progress' },
  completed: { crm: '201345678', books: 'sent', scheduler: 'completed' },
  invoiced: { crm: 'contractsent', books: 'sent', scheduler: 'completed' },
  paid: { crm: 'closedwon', books: 'paid', scheduler: 'completed' },
  on_hold: { crm: '201345680', books: 'draft', scheduler: 'scheduled' },
  cancelled: { crm: 'closedlost', books: 'void', scheduler: 'cancelled' },
};

export function isCanonicalStatus(value: unknown): value is CanonicalStatus {
  return typeof value === 'string' && (CANONICAL_STATUSES as readonly string[]).includes(value);
}
