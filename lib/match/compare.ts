import type { PreparedRecord } from './prepare';
import type { Agreement } from './similarity';
import {
  CLOSE_SIMILARITY,
  compareCode,
  compareCompanyWords,
  compareDates,
  compareGivenNames,
  compareText,
} from './similarity';
import { jaroWinkler } from '../normalize/index';

/** Fields that get their own agreement level and weight. */
export type FieldName =
  | 'given'
  | 'surname'
  | 'company'
  | 'email'
  | 'phone'
  | 'unit'
  | 'number'
  | 'street'
  | 'extra'
  | 'postcode'
  | 'city'
  | 'dateOfBirth'
  | 'id';

/** One field compared; a field missing on either side is not compared at all. */
export interface FieldComparison extends Agreement {
  field: FieldName;
  /** The shared value when the level is `exact`, for term-frequency weights. */
  value?: string;
}

/** Compares every field present on both records. */
export function compareRecords(a: PreparedRecord, b: PreparedRecord): FieldComparison[] {
  const comparisons: FieldComparison[] = [];
  const add: AddComparison = (field, agreement) => comparisons.push({ field, ...agreement });

  comparePersonNames(a, b, add);
  if (a.company && b.company) {
    add('company', compareCompanyWords(a.company.core, b.company.core));
  }
  if (a.email && b.email) {
    add('email', a.email === b.email ? exact() : compareEmailParts(a.email, b.email));
  }
  if (a.phone && b.phone) {
    add('phone', compareCode(a.phone, b.phone));
  }

  compareAddresses(a, b, add);
  if (a.postcode && b.postcode) {
    add('postcode', withValue(compareCode(a.postcode, b.postcode), b.postcode));
  }
  if (a.city && b.city) {
    add('city', withValue(compareText(a.city, b.city), b.city));
  }
  if (a.dateOfBirth && b.dateOfBirth) {
    add('dateOfBirth', compareDates(a.dateOfBirth, b.dateOfBirth));
  }
  if (a.id && b.id) {
    add('id', compareCode(a.id, b.id));
  }
  return comparisons;
}

type AddComparison = (field: FieldName, agreement: Agreement & { value?: string }) => void;

/**
 * Compares given names and surnames. When both parts are present on both sides and match
 * better crosswise, the parts were entered in swapped fields: they are compared crosswise
 * and graded at most `close`.
 */
function comparePersonNames(a: PreparedRecord, b: PreparedRecord, add: AddComparison) {
  const given =
    a.given && b.given
      ? compareGivenNames(a.given, b.given, a.givenSoundex, b.givenSoundex)
      : undefined;
  const surname =
    a.surname && b.surname
      ? compareText(a.surname, b.surname, a.surnameSoundex, b.surnameSoundex)
      : undefined;

  if (given && surname && given.level === 'differs' && surname.level === 'differs') {
    const crossGiven = jaroWinkler(a.given, b.surname);
    const crossSurname = jaroWinkler(a.surname, b.given);
    if (crossGiven >= CLOSE_SIMILARITY && crossSurname >= CLOSE_SIMILARITY) {
      add('given', { level: 'close', similarity: crossGiven });
      add('surname', { level: 'close', similarity: crossSurname });
      return;
    }
  }

  if (given) {
    add('given', withValue(given, b.given));
  }
  if (surname) {
    add('surname', withValue(surname, b.surname));
  }
}

function compareAddresses(a: PreparedRecord, b: PreparedRecord, add: AddComparison) {
  if (!a.address || !b.address) {
    return;
  }

  const [left, right] = [a.address, b.address];
  if (left.unit && right.unit) {
    add('unit', compareCode(left.unit, right.unit));
  }
  if (left.number && right.number) {
    add('number', compareCode(left.number, right.number));
  }
  if (left.street && right.street) {
    add('street', compareText(left.street, right.street));
  }
  if (left.extra && right.extra) {
    add('extra', compareText(left.extra, right.extra));
  }
}

/** Grades the same local part at different domains as `partial`, since people reuse one. */
function compareEmailParts(a: string, b: string): Agreement {
  const localA = a.slice(0, a.lastIndexOf('@'));
  const localB = b.slice(0, b.lastIndexOf('@'));
  if (localA === localB && localA.length >= 5) {
    return { level: 'partial', similarity: 0.8 };
  }
  return { level: 'differs', similarity: jaroWinkler(a, b) };
}

/** Attaches the value of `b`, the cached record, to an exact agreement. */
function withValue(agreement: Agreement, value: string): Agreement & { value?: string } {
  return agreement.level === 'exact' ? { ...agreement, value } : agreement;
}

function exact(): Agreement {
  return { level: 'exact', similarity: 1 };
}
