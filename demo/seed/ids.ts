import { APP_NAMES, type AppName, type CustomerPlan, type PerApp, type WorkPlan } from './plan';
import { Random } from './prng';

/** Identifiers a record gets in its app: the API id and, in the scheduler, a human number. */
export interface RecordId {
  id: string;
  /** Scheduler client or job number, or Books invoice DocNumber. */
  number?: string;
}

/** Ids of every seeded record, keyed by customerKey() and by work index. */
export interface AppIds {
  customers: Map<string, RecordId>;
  work: Map<number, RecordId>;
}

/** First ids of each kind, chosen to look like the real products' ids. */
const FIRST_IDS = {
  crm: { customer: 501, work: 9001 },
  books: { customer: 58, work: 130 },
  scheduler: { customer: 101, work: 1001 },
} as const;
const FIRST_DOC_NUMBER = 1001;

export function customerKey(customerIndex: number, duplicate: boolean): string {
  return duplicate ? `${customerIndex}/duplicate` : String(customerIndex);
}

/** Assigns ids in a shuffled order per app, so id order does not line up across apps. */
export function assignIds(
  seed: number,
  customerPlans: readonly CustomerPlan[],
  workPlans: readonly WorkPlan[],
): PerApp<AppIds> {
  const result = {} as PerApp<AppIds>;
  for (const app of APP_NAMES) {
    const rng = new Random(seed, `ids-${app}`);
    const customerKeys = customerPlans.flatMap((plan) => {
      if (!plan.presentIn[app]) return [];
      const keys = [customerKey(plan.customer.index, false)];
      if (plan.duplicateIn === app) keys.push(customerKey(plan.customer.index, true));
      return keys;
    });
    const workIndexes = workPlans.filter((plan) => plan.presentIn[app]).map((p) => p.work.index);
    result[app] = {
      customers: numberRecords(rng, app, rng.shuffle(customerKeys), 'customer'),
      work: numberRecords(rng, app, rng.shuffle(workIndexes), 'work'),
    };
  }
  return result;
}

function numberRecords<K>(
  rng: Random,
  app: AppName,
  keys: readonly K[],
  kind: 'customer' | 'work',
): Map<K, RecordId> {
  const ids = new Map<K, RecordId>();
  keys.forEach((key, position) => {
    const sequence = String(FIRST_IDS[app][kind] + position);
    if (app === 'scheduler') {
      const prefix = kind === 'customer' ? 'cli_' : 'job_';
      ids.set(key, { id: prefix + rng.hex(12), number: sequence });
    } else if (app === 'books' && kind === 'work') {
      ids.set(key, { id: sequence, number: String(FIRST_DOC_NUMBER + position) });
    } else {
      ids.set(key, { id: sequence });
    }
  });
  return ids;
}
