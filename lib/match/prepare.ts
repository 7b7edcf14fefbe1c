import type { MatchFields } from './types';
import {
  foldText,
  givenNameGroups,
  normalizeCompany,
  normalizeDate,
  normalizeEmail,
  normalizeNamePart,
  normalizePhone,
  normalizePostcode,
  parseAddress,
  parsePersonName,
  soundex,
  toCountryCode,
} from '../normalize/index';
import type { Address, CompanyName, CountryCode, DateOrder } from '../normalize/index';

/** How to read one system's phones and numeric dates. */
export interface PrepareOptions {
  /** Region for phone numbers written without a country code; a record's `country` wins. */
  region?: CountryCode;
  /** Order of numeric dates; defaults to `mdy` for US records and `dmy` otherwise. */
  dateOrder?: DateOrder;
}

/** A record with every field normalised once, ready for blocking and comparison. */
export interface PreparedRecord {
  given: string;
  givenGroups: readonly string[];
  givenSoundex: string;
  surname: string;
  surnameSoundex: string;
  company: CompanyName | undefined;
  email: string;
  phone: string;
  /** Reason the phone could not be read, or '' when it was read or absent. */
  phoneProblem: string;
  address: Address | undefined;
  postcode: string;
  city: string;
  dateOfBirth: string;
  dateOfBirthProblem: string;
  id: string;
}

/** Normalises every match field of a record; absent or unreadable fields become ''. */
export function prepareRecord(fields: MatchFields, options: PrepareOptions = {}): PreparedRecord {
  const region = toCountryCode(fields.country) ?? options.region;
  const dateOrder = options.dateOrder ?? (region === 'US' ? 'mdy' : 'dmy');
  const { given, surname } = readPersonName(fields);
  const phone = fields.phone ? normalizePhone(fields.phone, region) : undefined;
  const birth = fields.date_of_birth ? normalizeDate(fields.date_of_birth, dateOrder) : undefined;

  return {
    given,
    givenGroups: given ? givenNameGroups(given) : [],
    givenSoundex: soundex(given),
    surname,
    surnameSoundex: soundex(surname),
    company: fields.company ? normalizeCompany(fields.company) : undefined,
    email: fields.email ? (normalizeEmail(fields.email) ?? '') : '',
    phone: phone?.valid ? phone.e164 : '',
    phoneProblem: phone && !phone.valid ? phone.reason : '',
    address: fields.address ? parseAddress(fields.address) : undefined,
    postcode: fields.postcode ? normalizePostcode(fields.postcode) : '',
    city: fields.city ? foldText(fields.city) : '',
    dateOfBirth: birth?.valid ? birth.date : '',
    dateOfBirthProblem: birth && !birth.valid ? birth.reason : '',
    id: fields.id ? foldText(fields.id).replace(/[\s-]/g, '') : '',
  };
}

/** Takes the name from `given_name`/`surname` when either is set, otherwise parses `name`. */
function readPersonName(fields: MatchFields): { given: string; surname: string } {
  if (fields.given_name || fields.surname) {
    return {
      given: normalizeNamePart(fields.given_name ?? ''),
      surname: normalizeNamePart(fields.surname ?? ''),
    };
  }
  if (!fields.name) {
    return { given: '', surname: '' };
  }

  const parsed = parsePersonName(fields.name);
  return { given: parsed.given, surname: parsed.surname };
}
