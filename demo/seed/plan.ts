import type { CanonicalCustomer } from './customers';
import { Random } from './prng';
import { CANONICAL_STATUSES, STATUS_MAP, type CanonicalStatus } from './statuses';
import type { CanonicalWork } from './work';

export const APP_NAMES = ['crm', 'books', 'scheduler'] as const;
export type AppName = (typeof APP_NAMES)[number];
export type PerApp<T> = Record<AppName, T>;

/** Presence of a customer in each app, and the app with a second record of it, if any. */
export interface CustomerPlan {
  customer: CanonicalCustomer;
  presentIn: PerApp<boolean>;
  duplicateIn?: AppName;
}

/** Presence of a piece of work in each app, the status each app shows, and its cross references. */
export interface WorkPlan {
  work: CanonicalWork;
  presentIn: PerApp<boolean>;
  /** Canonical status that each app's record expresses. Differs from work.status in one app at most. */
  statusIn: PerApp<CanonicalStatus>;
  disagreeingApp?: AppName;
  /** True where the record belongs to the duplicate customer record of that app. */
  onDuplicate: PerApp<boolean>;
  crossRefs: {
    dealToJob: boolean;
    dealToInvoice: boolean;
    invoiceToJob: boolean;
    jobToDeal: boolean;
  };
}

const PRESENCE_RATE = 0.9;
const DUPLICATE_COUNT = 8;
const DISAGREEMENT_RATE = 0.1;
const CROSS_REF_RATE = 0.3;

/** Decides presence per app, duplicates and disagreements. The last customer is in every app. */
export function planCustomers(
  seed: number,
  customers: readonly CanonicalCustomer[],
): CustomerPlan[] {
  const rng = new Random(seed, 'customer-plan');
  const plans = customers.map((customer, position): CustomerPlan => {
    const forced = position === customers.length - 1;
    return {
      customer,
      presentIn: {
        crm: forced || rng.chance(PRESENCE_RATE),
        books: forced || rng.chance(PRESENCE_RATE),
        scheduler: forced || rng.chance(PRESENCE_RATE),
      },
    };
  });

  const candidates = rng.shuffle(plans.slice(0, -1));
  for (const plan of candidates.slice(0, DUPLICATE_COUNT)) {
    const apps = APP_NAMES.filter((app) => plan.presentIn[app]);
    if (apps.length > 0) plan.duplicateIn = rng.pick(apps);
  }
  return plans;
}

export function planWork(
  seed: number,
  work: readonly CanonicalWork[],
  customerPlans: readonly CustomerPlan[],
): WorkPlan[] {
  const rng = new Random(seed, 'work-plan');
  const seenPerCustomer = new Map<number, number>();
  return work.map((item) => {
    const owner = customerPlans[item.customerIndex];
    if (!owner) throw new Error(`Work ${item.index} names missing customer ${item.customerIndex}`);
    const forced = item.customerIndex === customerPlans.length - 1;
    const presentIn = perApp(
      (app) => owner.presentIn[app] && (forced || rng.chance(PRESENCE_RATE)),
    );

    const position = seenPerCustomer.get(item.customerIndex) ?? 0;
    seenPerCustomer.set(item.customerIndex, position + 1);
    const onDuplicate = perApp((app) => owner.duplicateIn === app && position === 1);

    const plan: WorkPlan = {
      work: item,
      presentIn,
      statusIn: perApp(() => item.status),
      onDuplicate,
      crossRefs: {
        dealToJob: rng.chance(CROSS_REF_RATE),
        dealToInvoice: rng.chance(CROSS_REF_RATE),
        invoiceToJob: rng.chance(CROSS_REF_RATE),
        jobToDeal: rng.chance(CROSS_REF_RATE),
      },
    };
    if (!forced && rng.chance(DISAGREEMENT_RATE)) makeOneAppDisagree(rng, plan);
    return plan;
  });
}

/** Gives one app a status that maps to a different value in that app than the agreed status. */
function makeOneAppDisagree(rng: Random, plan: WorkPlan): void {
  const apps = APP_NAMES.filter((app) => plan.presentIn[app]);
  if (apps.length < 2) return;
  const app = rng.pick(apps);
  const agreed = STATUS_MAP[plan.work.status][app];
  const alternatives = CANONICAL_STATUSES.filter((status) => STATUS_MAP[status][app] !== agreed);
  plan.statusIn[app] = rng.pick(alternatives);
  plan.disagreeingApp = app;
}

export function perApp<T>(make: (app: AppName) => T): PerApp<T> {
  return { crm: make('crm'), books: make('books'), scheduler: make('scheduler') };
}
