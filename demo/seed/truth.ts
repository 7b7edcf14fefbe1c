import type { BuildContext } from './context';
import { customerKey } from './ids';
import { APP_NAMES, type AppName } from './plan';
import type { CanonicalStatus } from './statuses';

/** Ids per app, absent where the app has no such record. Scheduler ids are API ids. */
export type AppRecordIds = Partial<Record<AppName, string>>;

/** Records that describe the same real-world customer or piece of work across the apps. */
export interface GroundTruth {
  seed: number;
  /** One entry per real customer in at least one app, with its first record in each app. */
  customers: (AppRecordIds & { name: string })[];
  /** One entry per piece of work in at least one app. `disagrees` names the app whose status
   * was seeded to differ from `canonical`. */
  work: (AppRecordIds & { canonical: CanonicalStatus; disagrees?: AppName })[];
  /** Records of the same customer within one app, first record first. */
  duplicates: { app: AppName; ids: string[] }[];
}

export function buildGroundTruth(context: BuildContext): GroundTruth {
  const customers = context.customerPlans
    .map((plan) => {
      const entry: GroundTruth['customers'][number] = {
        name: `${plan.customer.givenName} ${plan.customer.familyName}`,
      };
      if (plan.customer.business) entry.name += ` (${plan.customer.business.name})`;
      for (const app of APP_NAMES) {
        const id = context.ids[app].customers.get(customerKey(plan.customer.index, false));
        if (id) entry[app] = id.id;
      }
      return entry;
    })
    .filter(hasAnyId);

  const work = context.workPlans
    .map((plan) => {
      const entry: GroundTruth['work'][number] = { canonical: plan.work.status };
      for (const app of APP_NAMES) {
        const id = context.ids[app].work.get(plan.work.index);
        if (id) entry[app] = id.id;
      }
      if (plan.disagreeingApp) entry.disagrees = plan.disagreeingApp;
      return entry;
    })
    .filter(hasAnyId);

  const duplicates = context.customerPlans.flatMap((plan) => {
    const app = plan.duplicateIn;
    if (!app) return [];
    const ids = [false, true].map((duplicate) => {
      return context.ids[app].customers.get(customerKey(plan.customer.index, duplicate))?.id ?? '';
    });
    return [{ app, ids }];
  });
  return { seed: context.seed, customers, work, duplicates };
}

function hasAnyId(entry: AppRecordIds): boolean {
  return APP_NAMES.some((app) => entry[app] !== undefined);
}
