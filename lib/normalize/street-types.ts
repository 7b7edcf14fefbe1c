/** Street types and their usual abbreviations; the long and the short form map to the short one. */
const STREET_TYPES: Record<string, string> = {
  street: 'st',
  st: 'st',
  road: 'rd',
  rd: 'rd',
  avenue: 'ave',
  ave: 'ave',
  av: 'ave',
  drive: 'dr',
  dr: 'dr',
  court: 'ct',
  ct: 'ct',
  place: 'pl',
  pl: 'pl',
  lane: 'ln',
  ln: 'ln',
  crescent: 'cres',
  cres: 'cres',
  circuit: 'cct',
  cct: 'cct',
  circle: 'cir',
  cir: 'cir',
  close: 'cl',
  cl: 'cl',
  boulevard: 'blvd',
  blvd: 'blvd',
  parade: 'pde',
  pde: 'pde',
  terrace: 'tce',
  tce: 'tce',
  highway: 'hwy',
  hwy: 'hwy',
  square: 'sq',
  sq: 'sq',
  grove: 'gr',
  gr: 'gr',
  parkway: 'pkwy',
  pkwy: 'pkwy',
  esplanade: 'esp',
  esp: 'esp',
  way: 'way',
  walk: 'walk',
  mews: 'mews',
  row: 'row',
};

/** Long street types that typing errors often glue to the name, as in `pridhamstreet`. */
const GLUED_TYPES = [
  'street',
  'road',
  'avenue',
  'drive',
  'place',
  'crescent',
  'circuit',
  'close',
  'parade',
  'terrace',
  'court',
];

/** Returns the standard abbreviation of a folded street-type word, or undefined. */
export function streetTypeOf(word: string): string | undefined {
  return Object.hasOwn(STREET_TYPES, word) ? STREET_TYPES[word] : undefined;
}

/** Splits a word such as `pridhamstreet` into [`pridham`, `street`]; other words stay whole. */
export function splitGluedStreetType(word: string): string[] {
  if (word.length < 7) {
    return [word];
  }
  for (const type of GLUED_TYPES) {
    if (word.length > type.length + 2 && word.endsWith(type)) {
      return [word.slice(0, -type.length), type];
    }
  }
  return [word];
}

/** Directions in street names and their abbreviations. */
const DIRECTIONS: Record<string, string> = {
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  northeast: 'ne',
  northwest: 'nw',
  southeast: 'se',
  southwest: 'sw',
};

/** Returns the abbreviation of a folded direction word, or the word itself. */
export function abbreviateDirection(word: string): string {
  return Object.hasOwn(DIRECTIONS, word) ? (DIRECTIONS[word] ?? word) : word;
}
