import { foldText } from './text';
import { abbreviateDirection, splitGluedStreetType, streetTypeOf } from './street-types';

/** Words that introduce a unit number, as in `Unit 4` or `Apt 4B`. */
const UNIT_WORDS = new Set([
  'unit',
  'u',
  'apt',
  'apartment',
  'flat',
  'suite',
  'ste',
  'shop',
  'lot',
  'level',
  'lvl',
]);

const HOUSE_NUMBER = /^\d+[a-z]?$/;

/** A street address split into folded parts. Empty strings are missing parts. */
export interface Address {
  unit: string;
  number: string;
  /** Street name with its type abbreviated, for example `smith st`. */
  street: string;
  /** Words after the street, such as a building or locality name. */
  extra: string;
  /** `unit/number street extra`, the form used for display and exact comparison. */
  canonical: string;
}

/**
 * Parses a one-line street address. Street types and directions are abbreviated (`Street`
 * -> `st`) and unit forms are unified, so `Unit 4, 12 Smith Street` and `4/12 Smith St`
 * give the same canonical address. When no street type is found, the street ends at the
 * first comma.
 */
export function parseAddress(raw: string): Address {
  const words = tokenizeAddress(raw);
  const unit = takeUnit(words);
  const numberAt = words.findIndex((word) => HOUSE_NUMBER.test(word));
  const number = numberAt >= 0 ? (words.splice(numberAt, 1)[0] ?? '') : '';

  const streetWords = takeStreet(words);
  const extra = words.filter((word) => word !== ',').join(' ');
  const street = streetWords.join(' ');

  const house = unit !== '' ? `${unit}/${number}` : number;
  const canonical = [house, street, extra].filter((part) => part !== '').join(' ');
  return { unit, number, street, extra, canonical };
}

/** Folds the address and splits it into words, keeping commas and `4/12` as separate words. */
function tokenizeAddress(raw: string): string[] {
  const folded = foldText(raw)
    .replace(/(\d+[a-z]?)\s*\/\s*(\d+[a-z]?)/g, ' $1 / $2 ')
    .replace(/#\s*/g, ' unit ')
    .replace(/,/g, ' , ')
    .replace(/[^a-z0-9,/ ]+/g, ' ');

  const words: string[] = [];
  for (const word of folded.split(' ')) {
    if (word.length >= 7) {
      words.push(...splitGluedStreetType(word));
    } else if (word !== '') {
      words.push(word);
    }
  }
  return words;
}

/** Removes the unit from `words` and returns it, reading `Unit 4`, `Apt 4B` and `4/12`. */
function takeUnit(words: string[]): string {
  const slashAt = words.indexOf('/');
  if (slashAt > 0 && slashAt < words.length - 1) {
    const unit = words[slashAt - 1] ?? '';
    words.splice(slashAt - 1, 2);
    return unit;
  }

  const unitWordAt = words.findIndex(
    (word, i) => UNIT_WORDS.has(word) && HOUSE_NUMBER.test(words[i + 1] ?? ''),
  );
  if (unitWordAt < 0) {
    return '';
  }
  const unit = words[unitWordAt + 1] ?? '';
  words.splice(unitWordAt, 2);
  return unit;
}

/** Removes the street words from the front of `words` and returns them, types abbreviated. */
function takeStreet(words: string[]): string[] {
  while (words[0] === ',') {
    words.shift();
  }

  const commaAt = words.indexOf(',');
  const end = commaAt >= 0 ? commaAt : words.length;
  const typeAt = words.slice(0, end).findIndex((word, i) => i > 0 && streetTypeOf(word));
  const streetEnd = typeAt >= 0 ? typeAt + 1 : end;

  const street = words.splice(0, streetEnd);
  return street.map((word) => streetTypeOf(word) ?? abbreviateDirection(word));
}

/**
 * Normalises a postcode: upper case, no spaces or punctuation, and a US ZIP+4 reduced to its
 * five-digit ZIP, so `sw1a 1aa` is `SW1A1AA` and `12345-6789` is `12345`.
 */
export function normalizePostcode(raw: string): string {
  const compact = foldText(raw)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return /^\d{9}$/.test(compact) && /\d{5}\s*-\s*\d{4}/.test(raw) ? compact.slice(0, 5) : compact;
}
