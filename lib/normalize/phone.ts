import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';

export type { CountryCode };

/** A phone number in E.164 form, or the reason it could not be read as a valid number. */
export type PhoneResult =
  | { valid: true; e164: string; country: CountryCode | undefined }
  | { valid: false; reason: string };

/**
 * Normalises a phone number to E.164 with libphonenumber-js full metadata. Numbers without a
 * `+` country code are read in `region`. A number that is not valid for its region is
 * returned as invalid with the reason; no other region is tried.
 */
export function normalizePhone(raw: string, region?: CountryCode): PhoneResult {
  const text = raw.trim();
  if (!/\d/.test(text)) {
    return { valid: false, reason: 'no digits' };
  }
  if (!text.startsWith('+') && !text.startsWith('00') && region === undefined) {
    return { valid: false, reason: 'no country code and no default region' };
  }

  const parsed = parsePhoneNumberFromString(text, region);
  if (parsed === undefined) {
    return { valid: false, reason: describeLengthProblem(text, region) ?? 'not a phone number' };
  }
  if (!parsed.isValid()) {
    const where = parsed.country ?? region ?? `+${parsed.countryCallingCode}`;
    const lengthProblem = describeLengthProblem(text, region);
    return { valid: false, reason: lengthProblem ?? `not a valid number for ${where}` };
  }

  return { valid: true, e164: parsed.number, country: parsed.country };
}

function describeLengthProblem(text: string, region?: CountryCode): string | undefined {
  const problem = validatePhoneNumberLength(text, region);
  if (problem === undefined) {
    return undefined;
  }
  return problem.toLowerCase().replace(/_/g, ' ');
}

/** English names of common countries, for records that spell the country out. */
const COUNTRY_NAMES: Record<string, string> = {
  australia: 'AU',
  'new zealand': 'NZ',
  'united kingdom': 'GB',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  ireland: 'IE',
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  canada: 'CA',
  germany: 'DE',
  france: 'FR',
};

/**
 * Reads a country as a code that libphonenumber-js supports: a two-letter ISO 3166 code in any
 * case, or one of a few common English country names. Returns undefined for anything else.
 */
export function toCountryCode(raw: string | undefined): CountryCode | undefined {
  const text = raw?.trim().toLowerCase().replace(/\./g, '');
  if (!text) {
    return undefined;
  }

  const code = (COUNTRY_NAMES[text] ?? text).toUpperCase();
  return isSupportedCountry(code) ? code : undefined;
}
