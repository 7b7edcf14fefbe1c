const SOUNDEX_DIGITS: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/**
 * Computes American Soundex, the first letter plus three digits. Letters `h` and `w` do not
 * separate letters with the same code, but vowels do. Returns '' when the input has no letter
 * a-z, so fold text first.
 */
export function soundex(word: string): string {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  const first = letters[0];
  if (first === undefined) {
    return '';
  }

  let code = first.toUpperCase();
  let previousDigit = SOUNDEX_DIGITS[first] ?? '';

  for (const letter of letters.slice(1)) {
    if (code.length === 4) {
      break;
    }

    const digit = SOUNDEX_DIGITS[letter];
    if (digit !== undefined && digit !== previousDigit) {
      code += digit;
    }

    if (letter !== 'h' && letter !== 'w') {
      previousDigit = digit ?? '';
    }
  }

  return code.padEnd(4, '0');
}
