import { foldText, wordTokens } from './text';

/** Honorifics dropped from the front of a name. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lady',
  'lord',
  'rev',
  'revd',
  'reverend',
  'fr',
  'father',
  'sr',
  'sra',
  'srta',
  'herr',
  'frau',
  'mme',
  'mlle',
  'capt',
  'captain',
  'col',
  'maj',
  'hon',
]);

/** Generational and academic suffixes dropped from the end of a name. */
const SUFFIXES = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'dds']);

/** Surname particles kept with the surname, as in `van der Berg` or `de la Cruz`. */
const SURNAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'st',
  'bin',
  'al',
]);

/**
 * Words a full name has at most. Longer text, such as a note that ends with the name, is read
 * as its last two words.
 */
const MAX_NAME_WORDS = 5;

/** A person name split into folded parts. Empty strings are missing parts. */
export interface PersonName {
  given: string;
  /** Middle names and initials, in order. */
  middle: string[];
  surname: string;
}

/**
 * Parses a free-text person name: folds case, diacritics and quotes, reads `Last, First` as
 * surname then given name, drops titles and suffixes, and puts middle names and initials into
 * `middle`. A single word is taken as the given name, and text of more than five words as
 * ending with the name.
 */
export function parsePersonName(raw: string): PersonName {
  const folded = foldText(raw);
  const ordered = reorderLastFirst(folded);
  const words = stripTitlesAndSuffixes(nameTokens(ordered));
  const tokens = words.length > MAX_NAME_WORDS ? words.slice(-2) : words;

  if (tokens.length === 0) {
    return { given: '', middle: [], surname: '' };
  }
  if (tokens.length === 1) {
    return { given: tokens[0] ?? '', middle: [], surname: '' };
  }

  let surnameStart = tokens.length - 1;
  while (surnameStart > 1 && SURNAME_PARTICLES.has(tokens[surnameStart - 1] ?? '')) {
    surnameStart--;
  }

  return {
    given: tokens[0] ?? '',
    middle: tokens.slice(1, surnameStart),
    surname: tokens.slice(surnameStart).join(' '),
  };
}

/** Turns `last, first` into `first last` when both sides are short enough to be name parts. */
function reorderLastFirst(folded: string): string {
  const parts = folded.split(',');
  const [last = '', first = ''] = parts;
  const isNamePart = (part: string) => part.trim().split(' ').length <= 3;

  if (parts.length !== 2 || !isNamePart(last) || !isNamePart(first)) {
    return folded.replace(/,/g, ' ');
  }
  return `${first} ${last}`;
}

/** Splits folded name text into words, joining hyphenated parts (`smith-jones` -> `smithjones`). */
function nameTokens(folded: string): string[] {
  return wordTokens(folded.replace(/([a-z])-(?=[a-z])/g, '$1'));
}

function stripTitlesAndSuffixes(tokens: string[]): string[] {
  let start = 0;
  while (start < tokens.length - 1 && TITLES.has(tokens[start] ?? '')) {
    start++;
  }

  let end = tokens.length;
  while (end - 1 > start && SUFFIXES.has(tokens[end - 1] ?? '')) {
    end--;
  }

  return tokens.slice(start, end);
}

/**
 * Normalises a single given-name or surname field: folds it, drops titles and one-letter
 * initials after the first word, and joins the remaining words with single spaces, so
 * `Dr. Mary J.` becomes `mary` and `O’Brien` becomes `obrien`.
 */
export function normalizeNamePart(raw: string): string {
  const tokens = stripTitlesAndSuffixes(nameTokens(foldText(raw)));
  const [first, ...rest] = tokens;
  if (first === undefined) {
    return '';
  }

  return [first, ...rest.filter((token) => token.length > 1)].join(' ');
}
