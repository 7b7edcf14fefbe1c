import type { CrmContact, CrmDeal } from '../crm/records';
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

export interface CrmSeed {
  contacts: CrmContact[];
  deals: CrmDeal[];
}

export function buildCrmSeed(context: BuildContext): CrmSeed {
  const rng = new Random(context.seed, 'crm-records');
  const entries = customerEntries(context, 'crm', rng);
  const contacts = entries.map((entry) => buildContact(rng, entry));
  const lastNames = new Map(entries.map((entry) => [entry.key, entry.view.familyName]));
  const contactIds = new Map(entries.map((entry) => [entry.key, entry.id]));

  const deals: CrmDeal[] = [];
  for (const plan of context.workPlans) {
    const dealId = workId(context, 'crm', plan.work.index);
    if (!dealId) continue;
    const owner = ownerKey(plan, 'crm');
    const contactId = contactIds.get(owner);
    if (!contactId) throw new Error(`No CRM contact ${owner} for deal ${dealId.id}`);

    const lastName = lastNames.get(owner);
    const withName = lastName !== undefined && rng.chance(0.6);
    const deal: CrmDeal = {
      id: dealId.id,
      dealname: withName ? `${plan.work.title} - ${lastName}` : plan.work.title,
      dealstage: STATUS_MAP[plan.statusIn.crm].crm,
      amount: String(plan.work.amount),
      closedate: plan.work.scheduledOn,
      contactId,
      createdAt: plan.work.createdAt,
      updatedAt: jitterTime(rng, plan.work.updatedAt),
    };
    const job = workId(context, 'scheduler', plan.work.index);
    const invoice = workId(context, 'books', plan.work.index);
    if (plan.crossRefs.dealToJob && job) deal.schedulerJobNumber = job.number;
    if (plan.crossRefs.dealToInvoice && invoice) deal.booksInvoiceId = invoice.id;
    deals.push(deal);
  }
  return { contacts: sortById(contacts), deals: sortById(deals) };
}

function buildContact(rng: Random, entry: CustomerEntry): CrmContact {
  const { view } = entry;
  const properties: CrmContact['properties'] = {};
  if (view.givenName !== undefined) properties.firstname = view.givenName;
  if (view.familyName !== undefined) properties.lastname = view.familyName;
  if (view.email !== undefined) properties.email = view.email;
  if (view.phone !== undefined) properties.phone = view.phone;
  if (view.company !== undefined) properties.company = view.company;
  if (view.street !== undefined) properties.address = view.street;
  if (view.city !== undefined) properties.city = view.city;
  if (view.postcode !== undefined) properties.zip = view.postcode;
  if (view.country !== undefined) properties.country = view.country;
  return { id: entry.id, properties, ...customerTimes(rng) };
}

function sortById<T extends { id: string }>(records: T[]): T[] {
  return records.sort((a, b) => Number(a.id) - Number(b.id));
}
