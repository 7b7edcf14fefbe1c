import { createHash } from 'node:crypto';
import type { SchedulerClient, SchedulerJob } from '../scheduler/records';
import type { SeedData } from '../seed/index';

/** Work order states, in the order a dispatcher moves through them. */
export const WORK_ORDER_STATES = [
  'new',
  'dispatched',
  'on_site',
  'done',
  'billed',
  'void',
] as const;
export type WorkOrderState = (typeof WORK_ORDER_STATES)[number];

/** A work order in the dispatch API shape. */
export interface WorkOrder {
  /** API id, for example `wo_3f2a9c1d`; the pages show `ref` instead. */
  id: string;
  /** Reference shown on the page and in its URL, for example `WO-1042`. */
  ref: string;
  title: string;
  state: WorkOrderState;
  /** Number of the scheduler job this order was raised from. */
  job_ref: string;
  customer: { name: string; email?: string; phone?: string };
  amount: string;
  /** Increments on every change; a PUT must send the revision it read. */
  revision: number;
  updated_at: string;
}

const STATE_OF_JOB: Record<SchedulerJob['status'], WorkOrderState> = {
  scheduled: 'dispatched',
  in_progress: 'on_site',
  completed: 'done',
  cancelled: 'void',
};

/** Builds one work order per scheduler job, so every job has a linked order. */
export function buildWorkOrders(seed: SeedData['scheduler']): WorkOrder[] {
  const clients = new Map(seed.clients.map((client) => [client.id, client]));
  return seed.jobs.map((job, index) => ({
    id: `wo_${createHash('sha256').update(job.id).digest('hex').slice(0, 8)}`,
    ref: `WO-${1001 + index}`,
    title: job.title,
    state: STATE_OF_JOB[job.status],
    job_ref: String(job.number),
    customer: customerOf(clients.get(job.client_id)),
    amount: job.total.toFixed(2),
    revision: 1,
    updated_at: job.updated_at,
  }));
}

function customerOf(client: SchedulerClient | undefined): WorkOrder['customer'] {
  if (!client) return { name: 'Unknown customer' };
  const person = [client.first_name, client.last_name].filter(Boolean).join(' ');
  return {
    name: person || client.company_name || 'Unknown customer',
    email: client.email,
    phone: client.phone,
  };
}

/** The dispatch app's work orders, restorable to the seed. */
export class WorkOrderStore {
  private orders: WorkOrder[] = [];

  constructor(private readonly seed: WorkOrder[]) {
    this.reset();
  }

  reset(): void {
    this.orders = structuredClone(this.seed);
  }

  all(): readonly WorkOrder[] {
    return this.orders;
  }

  byId(id: string): WorkOrder | undefined {
    return this.orders.find((order) => order.id === id);
  }

  byRef(ref: string): WorkOrder | undefined {
    return this.orders.find((order) => order.ref === ref);
  }

  setState(order: WorkOrder, state: WorkOrderState): void {
    order.state = state;
    order.revision += 1;
    order.updated_at = new Date(Date.parse(order.updated_at) + 60_000).toISOString();
  }
}
