import {
  ACCENTED_FAMILY_NAMES,
  ACCENTED_GIVEN_NAMES,
  BUSINESS_NAMES,
  NICKNAMES,
  PLAIN_FAMILY_NAMES,
  PLAIN_GIVEN_NAMES,
} from './names';
import { AU_LOCALITIES, STREET_NAMES, STREET_TYPES, US_LOCALITIES, type Locality } from './places';
import { Random } from './prng';
import { toAscii } from './text';

export type Country = 'AU' | 'US';

export interface CanonicalPhone {
  country: Country;
  /** National area code: '02' in Australia, '512' in the US. */
  areaCode: string;
  /** Subscriber digits without separators: 8 in Australia, 7 in the US. */
  local: string;
}

export interface CanonicalAddress {
  unit?: string;
  number: string;
  streetName: string;
  /** Full street type, for example 'Street'. */
  streetType: string;
  city: string;
  postcode: string;
  country: Country;
}

/** One real-world customer before any app writes it down its own way. */
export interface CanonicalCustomer {
  index: number;
  givenName: string;
  familyName: string;
  business?: { name: string; suffix: string };
  email: string;
  phone: CanonicalPhone;
  address: CanonicalAddress;
}

/** Display name of the customer whose name is an HTML injection probe. */
export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const PERSON_COUNT = 216;

/**
 * Builds the canonical customers: PERSON_COUNT people, one per business name, then the
 * injection-probe customer. Australian customers dominate and about one in eight is in the US.
 */
export function generateCustomers(seed: number): CanonicalCustomer[] {
  const rng = new Random(seed, 'customers');
  const usedNames = new Set<string>();
  const usedPhones = new Set<string>();
  const customers: CanonicalCustomer[] = [];

  for (let i = 0; i < PERSON_COUNT; i++) {
    const country: Country = rng.chance(0.12) ? 'US' : 'AU';
    customers.push(generatePerson(rng, customers.length, country, usedNames, usedPhones));
  }
  for (const business of BUSINESS_NAMES) {
    const person = generatePerson(rng, customers.length, business.country, usedNames, usedPhones);
    const domain = toAscii(business.name)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    const mailbox = rng.pick(['office', 'accounts', toAscii(person.givenName).toLowerCase()]);
    person.business = { name: business.name, suffix: business.suffix };
    person.email = `${mailbox}@${domain}.example`;
    customers.push(person);
  }

  const probe = generatePerson(rng, customers.length, 'AU', usedNames, usedPhones);
  probe.givenName = '<img src=x';
  probe.familyName = 'onerror=alert(1)>';
  probe.email = 'img.probe@example.com';
  customers.push(probe);
  return customers;
}

function generatePerson(
  rng: Random,
  index: number,
  country: Country,
  usedNames: Set<string>,
  usedPhones: Set<string>,
): CanonicalCustomer {
  let givenName: string;
  let familyName: string;
  do {
    givenName = pickGivenName(rng);
    familyName = rng.chance(0.1) ? rng.pick(ACCENTED_FAMILY_NAMES) : rng.pick(PLAIN_FAMILY_NAMES);
  } while (usedNames.has(`${givenName} ${familyName}`));
  usedNames.add(`${givenName} ${familyName}`);

  const locality = rng.pick(country === 'AU' ? AU_LOCALITIES : US_LOCALITIES);
  return {
    index,
    givenName,
    familyName,
    email: generateEmail(rng, givenName, familyName),
    phone: generatePhone(rng, country, locality, usedPhones),
    address: generateAddress(rng, country, locality),
  };
}

function pickGivenName(rng: Random): string {
  const roll = rng.next();
  if (roll < 0.45) return rng.pick(Object.keys(NICKNAMES));
  if (roll < 0.55) return rng.pick(ACCENTED_GIVEN_NAMES);
  return rng.pick(PLAIN_GIVEN_NAMES);
}

function generateEmail(rng: Random, givenName: string, familyName: string): string {
  const given = toAscii(givenName)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const family = toAscii(familyName)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const domain = rng.pick(['example.com', 'example.net', 'example.org']);
  const style = rng.int(0, 2);
  if (style === 0) return `${given}.${family}@${domain}`;
  if (style === 1) return `${given.charAt(0)}${family}@${domain}`;
  return `${given}${family}${rng.int(60, 99)}@${domain}`;
}

/**
 * Draws an unused number from ranges set aside for fiction (AU 5550 xxxx and 7010 xxxx, US
 * 555-0100 to 555-0199).
 * NOTE: the AU ranges are recalled from the ACMA list of numbers for creative works, not
 * checked against it.
 */
function generatePhone(
  rng: Random,
  country: Country,
  locality: Locality,
  usedPhones: Set<string>,
): CanonicalPhone {
  let local: string;
  do {
    local =
      country === 'AU'
        ? `${rng.pick(['5550', '7010'])}${String(rng.int(0, 9999)).padStart(4, '0')}`
        : `55501${String(rng.int(0, 99)).padStart(2, '0')}`;
  } while (usedPhones.has(`${locality.areaCode}${local}`));
  usedPhones.add(`${locality.areaCode}${local}`);
  return { country, areaCode: locality.areaCode, local };
}

function generateAddress(rng: Random, country: Country, locality: Locality): CanonicalAddress {
  const address: CanonicalAddress = {
    number: String(rng.int(1, 240)),
    streetName: rng.pick(STREET_NAMES),
    streetType: rng.pick(Object.keys(STREET_TYPES)),
    city: locality.city,
    postcode: locality.postcode,
    country,
  };
  if (rng.chance(0.15)) address.unit = String(rng.int(1, 24));
  return address;
}
