import type { MatchFields } from '../../lib/match/types';
import type { FebrlRecord } from './febrl';
import { pick, seededRandom } from './random';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Builds `count` synthetic people by recombining Febrl fields: the given name, surname,
 * address and date of birth of each come from different random source records, and the id
 * is a fresh random 7-digit number. The same seed gives the same records.
 */
export function synthesizeRecords(
  source: FebrlRecord[],
  count: number,
  seed: number,
): MatchFields[] {
  const random = seededRandom(seed);
  const records: MatchFields[] = [];

  for (let i = 0; i < count; i++) {
    const place = pick(random, source).fields;
    records.push({
      given_name: pick(random, source).fields.given_name,
      surname: pick(random, source).fields.surname,
      address: place.address,
      city: place.city,
      postcode: place.postcode,
      date_of_birth: pick(random, source).fields.date_of_birth,
      id: String(1_000_000 + Math.floor(random() * 9_000_000)),
    });
  }
  return records;
}

/**
 * Copies a record with one or two typing errors (a substituted, deleted or inserted letter,
 * or two swapped letters) in random fields, the way the Febrl generator corrupts duplicates.
 */
export function perturbRecord(fields: MatchFields, random: () => number): MatchFields {
  const copy: MatchFields = { ...fields };
  const present = (Object.keys(copy) as (keyof MatchFields)[]).filter((field) => copy[field]);
  const errorCount = 1 + Math.floor(random() * 2);

  for (let i = 0; i < errorCount && present.length > 0; i++) {
    const field = pick(random, present);
    copy[field] = addTypingError(copy[field] ?? '', random);
  }
  return copy;
}

export function addTypingError(value: string, random: () => number): string {
  const at = Math.floor(random() * value.length);
  const letter = pick(random, [...LETTERS]);
  const kind = Math.floor(random() * 4);

  if (kind === 0) {
    return value.slice(0, at) + letter + value.slice(at + 1);
  }
  if (kind === 1 && value.length > 2) {
    return value.slice(0, at) + value.slice(at + 1);
  }
  if (kind === 2) {
    return value.slice(0, at) + letter + value.slice(at);
  }
  const next = Math.min(at + 1, value.length - 1);
  return value.slice(0, at) + (value[next] ?? '') + (value[at] ?? '') + value.slice(next + 1);
}
