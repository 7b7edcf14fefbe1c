import type { PreparedRecord } from './prepare';
import { soundex } from '../normalize/index';
import { BlockingKeyHasher } from './key-hasher';

/**
 * Hashes the blocking keys of a record, without repeats: exact keys (email, phone, id, date
 * of birth) and pairs of cheap codes (Soundex of names and street, postcode, house number,
 * city). A true match with typing errors in several fields still shares at least one pair
 * with its original, while a pair of fields rarely collides between different people.
 */
export function blockingHashes(record: PreparedRecord): Int32Array {
  const hasher = new BlockingKeyHasher();
  const add: AddKey = (prefix, first, second) => hasher.add(prefix, first, second);

  add('e', record.email);
  add('p', record.phone);
  add('i', record.id);
  add('d', record.dateOfBirth);
  addNameKeys(record, add);
  addPlaceKeys(record, add);
  addCompanyKeys(record, add);
  return hasher.hashes();
}

type AddKey = (prefix: string, first: string, second?: string) => void;

function addNameKeys(record: PreparedRecord, add: AddKey) {
  const { given, surname, givenSoundex, surnameSoundex } = record;

  add('sg', surnameSoundex, given.slice(0, 1));
  add('sg', givenSoundex, surname.slice(0, 1));
  for (const formal of record.givenGroups) {
    add('gs', formal, surnameSoundex);
  }
  if (surname === '') {
    add('g', given);
  }
  if (given === '') {
    add('s', surname);
  }

  // Each name part pairs with each place field under one prefix, so swapped given names and
  // surnames still share keys.
  for (const sound of [givenSoundex, surnameSoundex]) {
    add('nd', sound, record.dateOfBirth.slice(0, 4));
    add('np', sound, record.postcode);
    add('nc', sound, record.city);
  }
}

function addPlaceKeys(record: PreparedRecord, add: AddKey) {
  const number = record.address?.number ?? '';
  // Soundex ignores spaces, so `marke ll place` and `markell place` share a street code.
  const streetSound = soundex(record.address?.street ?? '');
  const citySound = soundex(record.city);

  add('hp', number, record.postcode);
  add('ns', number, streetSound);
  add('ps', record.postcode, streetSound);
  add('cs', citySound, streetSound);
  add('hc', number, record.city);
  add('ss', record.surnameSoundex, streetSound);
  add('ss', record.givenSoundex, streetSound);
}

function addCompanyKeys(record: PreparedRecord, add: AddKey) {
  const core = record.company?.core ?? [];
  if (core.length === 0) {
    return;
  }

  add('c', core.join(' '));
  add('cp', core[0] ?? '', record.postcode);
  add('cw', soundex(core[0] ?? ''), soundex(core[1] ?? core[0] ?? ''));
}
