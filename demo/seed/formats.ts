import type { CanonicalAddress, CanonicalPhone } from './customers';
import { COMPANY_SUFFIXES } from './names';
import { STREET_TYPES } from './places';
import type { Random } from './prng';

/** Writes a phone number in one of the formats people type into business apps. */
export function formatPhone(rng: Random, phone: CanonicalPhone): string {
  const { areaCode, local } = phone;
  if (phone.country === 'US') {
    const [prefix, line] = [local.slice(0, 3), local.slice(3)];
    return rng.pick([
      `(${areaCode}) ${prefix}-${line}`,
      `${areaCode}-${prefix}-${line}`,
      `+1 ${areaCode}-${prefix}-${line}`,
      `${areaCode}.${prefix}.${line}`,
      `+1${areaCode}${local}`,
    ]);
  }
  const [head, tail] = [local.slice(0, 4), local.slice(4)];
  const trunkless = areaCode.replace(/^0/, '');
  return rng.pick([
    `+61 ${trunkless} ${head} ${tail}`,
    `(${areaCode}) ${head}-${tail}`,
    `${areaCode} ${head} ${tail}`,
    `${areaCode}${local}`,
    `+61${trunkless}${local}`,
  ]);
}

/** Writes the street line, abbreviating the street type and the unit about half the time. */
export function formatStreet(rng: Random, address: CanonicalAddress): string {
  const abbreviate = rng.chance(0.5);
  const type = abbreviate
    ? (STREET_TYPES[address.streetType] ?? address.streetType)
    : address.streetType;
  const street = `${address.number} ${address.streetName} ${type}`;
  if (address.unit === undefined) return street;
  return abbreviate ? `${address.unit}/${street}` : `Unit ${address.unit}, ${street}`;
}

/** Writes a company name with its legal suffix, or a common alternative spelling of the suffix. */
export function formatCompany(rng: Random, business: { name: string; suffix: string }): string {
  const alternatives = COMPANY_SUFFIXES[business.suffix] ?? [];
  const suffix = rng.chance(0.5) ? rng.pick([business.suffix, ...alternatives]) : business.suffix;
  const name = suffix === '' ? business.name : `${business.name} ${suffix}`;
  return rng.chance(0.1) ? name.toUpperCase() : name;
}

/** Changes the letter case of an email address now and then, as hand-typed data does. */
export function formatEmail(rng: Random, email: string): string {
  const roll = rng.next();
  if (roll < 0.08) return email.toUpperCase();
  if (roll < 0.18) {
    return email.replace(/(^|[.@])([a-z])/g, (_match, before: string, letter: string) => {
      return before + letter.toUpperCase();
    });
  }
  return email;
}

export function formatCountry(rng: Random, country: 'AU' | 'US'): string {
  if (rng.chance(0.6)) return country;
  return country === 'AU' ? 'Australia' : 'United States';
}
