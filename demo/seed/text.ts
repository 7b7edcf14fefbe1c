/** Letters that Unicode normalization does not split into a base letter and a mark. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
};

/** Removes diacritics: 'François Müller' becomes 'Francois Muller'. */
export function toAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØßđĐłŁ]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter);
}

/** Upper-cases the first letter of each word: 'boiler service' becomes 'Boiler Service'. */
export function toTitleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{L})/gu, (_match, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });
}
