import type { IndexedRecord, MatchFields } from '../../lib/match/types';

/* The demo apps' customer shapes, read loosely: fields may be absent in a given seed. */
interface CrmContact {
  id: string;
  properties?: Record<string, string | undefined>;
}
interface BooksCustomer {
  Id: string;
  DisplayName?: string;
  GivenName?: string;
  FamilyName?: string;
  CompanyName?: string;
  PrimaryEmailAddr?: { Address?: string };
  PrimaryPhone?: { FreeFormNumber?: string };
  BillAddr?: { Line1?: string; City?: string; PostalCode?: string; Country?: string };
}
interface SchedulerClient {
  id: string;
  first_name?: string;
  last_name?: string;
  company_name?: string;
  email?: string;
  phone?: string;
  address?: { street?: string; city?: string; postcode?: string; country?: string };
}
interface SeedShape {
  crm?: { contacts?: CrmContact[] };
  books?: { customers?: BooksCustomer[] };
  scheduler?: { clients?: SchedulerClient[] };
}

/** Converts the seeded customers of the CRM, accounting and scheduler apps to indexed records. */
export function demoRecords(seed: unknown): IndexedRecord[] {
  const data = seed as SeedShape;
  const crm = (data.crm?.contacts ?? []).map((contact) =>
    record('crm', contact.id, fromCrm(contact)),
  );
  const books = (data.books?.customers ?? []).map((customer) =>
    record('books', customer.Id, fromBooks(customer)),
  );
  const scheduler = (data.scheduler?.clients ?? []).map((client) =>
    record('scheduler', client.id, fromScheduler(client)),
  );
  return [...crm, ...books, ...scheduler];
}

function record(system: string, id: string, fields: MatchFields): IndexedRecord {
  return { key: `${system}:${id}`, system, fields };
}

function fromCrm(contact: CrmContact): MatchFields {
  const p = contact.properties ?? {};
  return {
    given_name: p.firstname,
    surname: p.lastname,
    company: p.company,
    email: p.email,
    phone: p.phone,
    address: p.address,
    city: p.city,
    postcode: p.zip,
    country: p.country,
  };
}

function fromBooks(customer: BooksCustomer): MatchFields {
  const hasPersonName = Boolean(customer.GivenName || customer.FamilyName);
  return {
    name: hasPersonName ? undefined : customer.DisplayName,
    given_name: customer.GivenName,
    surname: customer.FamilyName,
    company: customer.CompanyName,
    email: customer.PrimaryEmailAddr?.Address,
    phone: customer.PrimaryPhone?.FreeFormNumber,
    address: customer.BillAddr?.Line1,
    city: customer.BillAddr?.City,
    postcode: customer.BillAddr?.PostalCode,
    country: customer.BillAddr?.Country,
  };
}

function fromScheduler(client: SchedulerClient): MatchFields {
  return {
    given_name: client.first_name,
    surname: client.last_name,
    company: client.company_name,
    email: client.email,
    phone: client.phone,
    address: client.address?.street,
    city: client.address?.city,
    postcode: client.address?.postcode,
    country: client.address?.country,
  };
}
