import { buildBooksSeed, type BooksSeed } from './books';
import type { BuildContext } from './context';
import { buildCrmSeed, type CrmSeed } from './crm';
import { generateCustomers, type CanonicalCustomer } from './customers';
import { assignIds } from './ids';
import { planCustomers, planWork, type CustomerPlan, type WorkPlan } from './plan';
import { buildSchedulerSeed, type SchedulerSeed } from './scheduler';
import { buildGroundTruth, type GroundTruth } from './truth';
import { generateWork, type CanonicalWork } from './work';

export const DEFAULT_SEED = 42;

/** All seeded data: the canonical customers and work, and the records each app starts with. */
export interface SeedData {
  seed: number;
  customers: CanonicalCustomer[];
  work: CanonicalWork[];
  customerPlans: CustomerPlan[];
  workPlans: WorkPlan[];
  crm: CrmSeed;
  books: BooksSeed;
  scheduler: SchedulerSeed;
  truth: GroundTruth;
}

const cache = new Map<number, SeedData>();

/**
 * Returns the seed data for `seed`, the same every time. The result is cached and shared, so
 * callers must copy a part before changing it (the servers use structuredClone).
 */
export function seedData(seed: number = DEFAULT_SEED): SeedData {
  const cached = cache.get(seed);
  if (cached) return cached;
  const data = generateSeedData(seed);
  cache.set(seed, data);
  return data;
}

/** Builds the seed data for `seed` without the cache. */
export function generateSeedData(seed: number): SeedData {
  const customers = generateCustomers(seed);
  const work = generateWork(seed, customers);
  const customerPlans = planCustomers(seed, customers);
  const workPlans = planWork(seed, work, customerPlans);
  const context: BuildContext = {
    seed,
    customerPlans,
    workPlans,
    ids: assignIds(seed, customerPlans, workPlans),
  };
  return {
    seed,
    customers,
    work,
    customerPlans,
    workPlans,
    crm: buildCrmSeed(context),
    books: buildBooksSeed(context),
    scheduler: buildSchedulerSeed(context),
    truth: buildGroundTruth(context),
  };
}

/** Returns which records describe the same customer or work across the apps, for `seed`. */
export function groundTruth(seed: number = DEFAULT_SEED): GroundTruth {
  return seedData(seed).truth;
}

export type { GroundTruth } from './truth';
export { XSS_NAME } from './customers';
export { APP_NAMES, type AppName } from './plan';
export * from './statuses';
