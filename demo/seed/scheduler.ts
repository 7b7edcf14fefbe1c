import type { SchedulerClient, SchedulerJob } from '../scheduler/records';
import {
  customerEntries,
  customerTimes,
  jitterTime,
  ownerKey,
  workId,
  type BuildContext,
  type CustomerEntry,
} from './context';
import { Random } from './prng';
import { STATUS_MAP } from './statuses';
import { toTitleCase } from './text';

export interface SchedulerSeed {
  clients: SchedulerClient[];
  jobs: SchedulerJob[];
}

export function buildSchedulerSeed(context: BuildContext): SchedulerSeed {
  const rng = new Random(context.seed, 'scheduler-records');
  const entries = customerEntries(context, 'scheduler', rng);
  const clients = entries.map((entry) => buildClient(rng, entry));
  const clientsByKey = new Map(entries.map((entry, i) => [entry.key, clients[i]]));

  const jobs: SchedulerJob[] = [];
  for (const plan of context.workPlans) {
    const jobId = workId(context, 'scheduler', plan.work.index);
    if (!jobId?.number) continue;
    const owner = ownerKey(plan, 'scheduler');
    const client = clientsByKey.get(owner);
    if (!client) throw new Error(`No scheduler client ${owner} for job ${jobId.id}`);

    const job: SchedulerJob = {
      id: jobId.id,
      number: Number(jobId.number),
      title: rng.chance(0.25) ? toTitleCase(plan.work.title) : plan.work.title,
      status: STATUS_MAP[plan.statusIn.scheduler].scheduler,
      client_id: client.id,
      scheduled_on: plan.work.scheduledOn,
      total: plan.work.amount,
      version: rng.int(1, 4),
      updated_at: jitterTime(rng, plan.work.updatedAt),
    };
    const street = client.address?.street;
    if (street !== undefined && rng.chance(0.7)) {
      job.address = [street, client.address?.city].filter(Boolean).join(', ');
    }
    const deal = workId(context, 'crm', plan.work.index);
    if (plan.crossRefs.jobToDeal && deal) job.crm_deal_id = deal.id;
    jobs.push(job);
  }
  return {
    clients: clients.sort((a, b) => a.number - b.number),
    jobs: jobs.sort((a, b) => a.number - b.number),
  };
}

function buildClient(rng: Random, entry: CustomerEntry): SchedulerClient {
  const { view } = entry;
  const client: SchedulerClient = {
    id: entry.id,
    number: Number(entry.number),
    version: rng.int(1, 3),
    updated_at: customerTimes(rng).updatedAt,
  };
  const keepPerson = view.company === undefined || rng.chance(0.6);
  if (keepPerson && view.givenName !== undefined) client.first_name = view.givenName;
  if (keepPerson && view.familyName !== undefined) client.last_name = view.familyName;
  if (view.company !== undefined) client.company_name = view.company;
  if (view.email !== undefined) client.email = view.email;
  if (view.phone !== undefined) client.phone = view.phone;
  if (view.street !== undefined || view.country !== undefined) {
    client.address = {};
    if (view.street !== undefined) client.address.street = view.street;
    if (view.city !== undefined) client.address.city = view.city;
    if (view.postcode !== undefined) client.address.postcode = view.postcode;
    if (view.country !== undefined) client.address.country = view.country;
  }
  return client;
}
