import type { CanonicalCustomer } from './customers';
import { Random } from './prng';
import type { CanonicalStatus } from './statuses';
import { WORK_KINDS } from './work-kinds';

/** One piece of work: a CRM deal, a Books invoice and a scheduler job describe it. */
export interface CanonicalWork {
  index: number;
  customerIndex: number;
  title: string;
  /** Dollars, at most two decimals. */
  amount: number;
  /** Day the work is booked for, YYYY-MM-DD. */
  scheduledOn: string;
  status: CanonicalStatus;
  /** Seeded creation and last-change times, ISO 8601 in UTC. */
  createdAt: string;
  updatedAt: string;
}

/** Fixed "now" of the seeded data, so dates do not depend on the day the demo starts. */
export const SEED_NOW = Date.parse('2025-03-14T00:00:00Z');
const DAY_MS = 86_400_000;

const STATUS_WEIGHTS: Readonly<Record<CanonicalStatus, number>> = {
  scheduled: 20,
  in_progress: 15,
  completed: 15,
  invoiced: 20,
  paid: 20,
  on_hold: 5,
  cancelled: 5,
};

/** Days from SEED_NOW to the booked day, as [min, max], by status. */
const SCHEDULE_WINDOWS: Readonly<Record<CanonicalStatus, readonly [number, number]>> = {
  scheduled: [1, 60],
  in_progress: [-3, 0],
  completed: [-30, -1],
  invoiced: [-60, -5],
  paid: [-100, -10],
  on_hold: [-20, 30],
  cancelled: [-60, 20],
};

/** Builds one or two pieces of work per customer, and exactly one for the last customer. */
export function generateWork(
  seed: number,
  customers: readonly CanonicalCustomer[],
): CanonicalWork[] {
  const rng = new Random(seed, 'work');
  const work: CanonicalWork[] = [];
  customers.forEach((customer, position) => {
    const isLast = position === customers.length - 1;
    const count = isLast ? 1 : rng.chance(0.45) ? 2 : 1;
    for (let i = 0; i < count; i++) work.push(generateOne(rng, work.length, customer.index));
  });
  return work;
}

function generateOne(rng: Random, index: number, customerIndex: number): CanonicalWork {
  const kind = rng.pick(WORK_KINDS);
  const status = rng.weighted(STATUS_WEIGHTS);
  const [minDays, maxDays] = SCHEDULE_WINDOWS[status];
  const scheduledOn = new Date(SEED_NOW + rng.int(minDays, maxDays) * DAY_MS);
  const created = SEED_NOW - rng.int(1, 120) * DAY_MS - rng.int(0, 23) * 3_600_000;
  const updated = created + Math.floor(rng.next() * (SEED_NOW - created));
  return {
    index,
    customerIndex,
    title: kind.title,
    amount: generateAmount(rng, kind.minAmount, kind.maxAmount),
    scheduledOn: scheduledOn.toISOString().slice(0, 10),
    status,
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
  };
}

/** Draws a multiple of 5 dollars, and adds cents to about a quarter of the amounts. */
function generateAmount(rng: Random, min: number, max: number): number {
  const dollars = Math.round(rng.int(min, max) / 5) * 5;
  if (!rng.chance(0.25)) return dollars;
  return dollars + rng.pick([0.5, 0.95, 0.25]);
}
