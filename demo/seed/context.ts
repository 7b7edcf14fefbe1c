import { XSS_NAME, type CanonicalCustomer } from './customers';
import { customerKey, type AppIds } from './ids';
import type { AppName, CustomerPlan, PerApp, WorkPlan } from './plan';
import { Random } from './prng';
import { makeDistinct, viewCustomer, type CustomerView } from './views';
import { SEED_NOW } from './work';

/** Everything an app's seed builder needs: the plans and the ids of all three apps. */
export interface BuildContext {
  seed: number;
  customerPlans: readonly CustomerPlan[];
  workPlans: readonly WorkPlan[];
  ids: PerApp<AppIds>;
}

/** A customer record to create in one app. */
export interface CustomerEntry {
  key: string;
  id: string;
  number?: string;
  customer: CanonicalCustomer;
  view: CustomerView;
  isProbe: boolean;
}

/** Writes each customer record of `app` (duplicates included) the way that app has it. */
export function customerEntries(context: BuildContext, app: AppName, rng: Random): CustomerEntry[] {
  const entries: CustomerEntry[] = [];
  for (const plan of context.customerPlans) {
    if (!plan.presentIn[app]) continue;
    const isProbe = isProbeCustomer(plan.customer);
    const first = viewCustomer(rng, plan.customer, app, { exactName: isProbe, duplicate: false });
    entries.push(makeEntry(context, app, plan.customer, first, false, isProbe));
    if (plan.duplicateIn !== app) continue;

    const second = viewCustomer(rng, plan.customer, app, { exactName: false, duplicate: true });
    makeDistinct(first, second);
    entries.push(makeEntry(context, app, plan.customer, second, true, isProbe));
  }
  return entries;
}

function makeEntry(
  context: BuildContext,
  app: AppName,
  customer: CanonicalCustomer,
  view: CustomerView,
  duplicate: boolean,
  isProbe: boolean,
): CustomerEntry {
  const key = customerKey(customer.index, duplicate);
  const recordId = context.ids[app].customers.get(key);
  if (!recordId) throw new Error(`No ${app} id for customer ${key}`);
  return { key, id: recordId.id, number: recordId.number, customer, view, isProbe };
}

export function isProbeCustomer(customer: CanonicalCustomer): boolean {
  return `${customer.givenName} ${customer.familyName}` === XSS_NAME;
}

/** Returns the id of the record in `app` that describes this piece of work, if any. */
export function workId(context: BuildContext, app: AppName, workIndex: number) {
  return context.ids[app].work.get(workIndex);
}

/** Returns the key of the customer record that owns the work in `app`. */
export function ownerKey(plan: WorkPlan, app: AppName): string {
  return customerKey(plan.work.customerIndex, plan.onDuplicate[app]);
}

/** Draws creation and last-change times for a customer record, ISO 8601 in UTC. */
export function customerTimes(rng: Random): { createdAt: string; updatedAt: string } {
  const created = SEED_NOW - rng.int(150, 700) * 86_400_000 - rng.int(0, 86_399) * 1000;
  const updated = created + Math.floor(rng.next() * (SEED_NOW - created));
  return { createdAt: new Date(created).toISOString(), updatedAt: new Date(updated).toISOString() };
}

/** Moves a seeded time by up to a few hours, because each app records a change separately. */
export function jitterTime(rng: Random, iso: string): string {
  const shifted = Math.min(Date.parse(iso) + rng.int(0, 4 * 3600) * 1000, SEED_NOW);
  return new Date(shifted).toISOString();
}
