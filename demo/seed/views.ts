import type { CanonicalCustomer } from './customers';
import { formatCompany, formatCountry, formatEmail, formatPhone, formatStreet } from './formats';
import { NICKNAMES } from './names';
import type { AppName, PerApp } from './plan';
import type { Random } from './prng';
import { toAscii } from './text';

/** A customer as one app has it written down. Absent fields were never entered there. */
export interface CustomerView {
  givenName?: string;
  familyName?: string;
  company?: string;
  email?: string;
  phone?: string;
  street?: string;
  city?: string;
  postcode?: string;
  /** 'AU', 'Australia', 'US' or 'United States'. */
  country?: string;
  /** Letter case the app's user typed the name in. */
  nameCase: 'title' | 'upper' | 'lower';
}

interface VariationRates {
  stripDiacritics: number;
  nickname: number;
  upper: number;
  lower: number;
}

const RATES: PerApp<VariationRates> = {
  crm: { stripDiacritics: 0.3, nickname: 0.2, upper: 0.05, lower: 0.1 },
  books: { stripDiacritics: 0.7, nickname: 0.15, upper: 0.1, lower: 0.05 },
  scheduler: { stripDiacritics: 0.4, nickname: 0.25, upper: 0.05, lower: 0.1 },
};

/**
 * Writes a customer the way one app's users would. A duplicate record prefers a nickname, or
 * upper case where the name has none. Call makeDistinct to rule out an exact repeat.
 */
export function viewCustomer(
  rng: Random,
  customer: CanonicalCustomer,
  app: AppName,
  options: { exactName: boolean; duplicate: boolean },
): CustomerView {
  const rates = RATES[app];
  const view: CustomerView = { nameCase: 'title' };
  setNames(rng, view, customer, rates, options);

  if (customer.business) view.company = formatCompany(rng, customer.business);
  if (!rng.chance(0.06)) view.email = formatEmail(rng, customer.email);
  if (!rng.chance(0.08)) view.phone = formatPhone(rng, customer.phone);
  if (!rng.chance(0.05)) {
    view.street = formatStreet(rng, customer.address);
    view.city = customer.address.city;
    view.postcode = customer.address.postcode;
  }
  if (!rng.chance(0.1)) view.country = formatCountry(rng, customer.address.country);
  return view;
}

function setNames(
  rng: Random,
  view: CustomerView,
  customer: CanonicalCustomer,
  rates: VariationRates,
  options: { exactName: boolean; duplicate: boolean },
): void {
  if (options.exactName) {
    view.givenName = customer.givenName;
    view.familyName = customer.familyName;
    return;
  }
  let given = customer.givenName;
  let family = customer.familyName;
  const nicknames = NICKNAMES[given];
  const useNickname = rng.chance(rates.nickname) || (options.duplicate && nicknames !== undefined);
  if (nicknames && useNickname) given = rng.pick(nicknames);
  if (rng.chance(rates.stripDiacritics)) {
    given = toAscii(given);
    family = toAscii(family);
  }

  const roll = rng.next();
  if (roll < rates.upper || (options.duplicate && !nicknames)) view.nameCase = 'upper';
  else if (roll < rates.upper + rates.lower) view.nameCase = 'lower';
  view.givenName = applyCase(given, view.nameCase);
  view.familyName = applyCase(family, view.nameCase);
}

export function applyCase(text: string, nameCase: CustomerView['nameCase']): string {
  if (nameCase === 'upper') return text.toUpperCase();
  if (nameCase === 'lower') return text.toLowerCase();
  return text;
}

/** Changes the duplicate's letter case where its name or company equals the first record's. */
export function makeDistinct(first: CustomerView, duplicate: CustomerView): void {
  if (first.company !== undefined && first.company === duplicate.company) {
    const upper = first.company.toUpperCase();
    duplicate.company = first.company === upper ? first.company.toLowerCase() : upper;
  }
  if (first.givenName !== duplicate.givenName || first.familyName !== duplicate.familyName) return;
  duplicate.nameCase = first.nameCase === 'upper' ? 'lower' : 'upper';
  if (duplicate.givenName) duplicate.givenName = applyCase(duplicate.givenName, duplicate.nameCase);
  if (duplicate.familyName)
    duplicate.familyName = applyCase(duplicate.familyName, duplicate.nameCase);
}
