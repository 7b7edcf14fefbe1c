/** Letters that Unicode NFKD does not split into a base letter plus a combining mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/** Printable ASCII without backquotes: folding it only needs case and spaces. */
const PLAIN_TEXT = /^[\x20-\x5f\x61-\x7e]*$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPECIAL_LETTER_PATTERN = /[ßæœøđðþłı]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Folds text for comparison: lower case, no diacritics, straight quotes and dashes, single
 * spaces. `François Müller` and `Francois Muller` fold to the same string.
 */
export function foldText(raw: string): string {
  if (PLAIN_TEXT.test(raw)) {
    return raw.toLowerCase().replace(/\s+/g, ' ').trim();
  }

  const decomposed = raw.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();

  return decomposed
    .replace(SPECIAL_LETTER_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits folded text into letter-and-digit words; apostrophes join, other punctuation splits. */
export function wordTokens(folded: string): string[] {
  return folded
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}
