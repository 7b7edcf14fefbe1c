import type { FieldMapping } from '../config/schema';
import { recordKey, type CachedRecord } from '../records/types';
import { readPath } from './json-path';
import { readXrefs } from './rest-record';

type XeroItem = Record<string, unknown>;

/** Maps a Xero invoice or contact to a cached record; the version is its UpdatedDateUTC. */
export function xeroRecord(
  system: string,
  type: string,
  item: XeroItem,
  mappings: FieldMapping[],
): CachedRecord {
  const id = String(item.InvoiceID ?? item.ContactID ?? '');
  const updated = String(item.UpdatedDateUTC ?? '');
  const base = {
    key: recordKey(system, type, id),
    system,
    type,
    id,
    pageId: id,
    version: updated || undefined,
    updatedAt: xeroDate(updated),
    xrefs: readXrefs(item, mappings),
  };
  if (type === 'contact')
    return {
      ...base,
      kind: 'party',
      title: String(item.Name ?? `Contact ${id}`),
      fields: contactFields(item),
    };

  const contactId = readPath(item, 'Contact.ContactID');
  return {
    ...base,
    kind: 'work',
    title: String(item.Reference || item.InvoiceNumber || `Invoice ${id}`),
    fields: {},
    status: typeof item.Status === 'string' ? item.Status : undefined,
    amount: typeof item.Total === 'number' ? item.Total : undefined,
    partyKey: typeof contactId === 'string' ? recordKey(system, 'contact', contactId) : undefined,
  };
}

function contactFields(item: XeroItem): CachedRecord['fields'] {
  const text = (path: string) => {
    const value = readPath(item, path);
    return typeof value === 'string' && value ? value : undefined;
  };
  const phones = (item.Phones ?? []) as {
    PhoneType?: string;
    PhoneNumber?: string;
    PhoneAreaCode?: string;
  }[];
  const phone = phones.find((entry) => entry.PhoneNumber);
  const addresses = (item.Addresses ?? []) as Record<string, string | undefined>[];
  const address = addresses.find((entry) => entry.AddressLine1) ?? {};
  return {
    name: text('Name'),
    given_name: text('FirstName'),
    surname: text('LastName'),
    email: text('EmailAddress'),
    phone: phone ? [phone.PhoneAreaCode, phone.PhoneNumber].filter(Boolean).join(' ') : undefined,
    address: address.AddressLine1,
    city: address.City,
    postcode: address.PostalCode,
    country: address.Country,
  };
}

/** Converts Xero's `/Date(1518685950940+0000)/` to ISO 8601; other text passes unchanged. */
export function xeroDate(value: string): string {
  const match = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(value);
  return match ? new Date(Number(match[1])).toISOString() : value;
}
