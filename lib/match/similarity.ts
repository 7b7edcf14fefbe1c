import { jaroWinkler, sameGivenName, withinOneEdit } from '../normalize/index';

/** Agreement levels of one field, from strongest to weakest. */
export type Level = 'exact' | 'close' | 'partial' | 'differs';

/** A level with the similarity in 0..1 that produced it. */
export interface Agreement {
  level: Level;
  similarity: number;
}

/** Jaro-Winkler cut-offs for the `close` and `partial` levels of text fields. */
export const CLOSE_SIMILARITY = 0.92;
export const PARTIAL_SIMILARITY = 0.8;

/** Grades a similarity in 0..1; 1 is `exact`. */
export function levelOf(similarity: number): Level {
  if (similarity >= 1) {
    return 'exact';
  }
  if (similarity >= CLOSE_SIMILARITY) {
    return 'close';
  }
  return similarity >= PARTIAL_SIMILARITY ? 'partial' : 'differs';
}

/** Compares folded free text with Jaro-Winkler; equal sounding words count at least `partial`. */
export function compareText(a: string, b: string, soundA = '', soundB = ''): Agreement {
  if (a === b) {
    return { level: 'exact', similarity: 1 };
  }

  const similarity = jaroWinkler(a, b);
  const level = levelOf(similarity);
  if (level === 'differs' && soundA !== '' && soundA === soundB) {
    return { level: 'partial', similarity };
  }
  return { level, similarity };
}

/** Compares given names: nicknames of one formal name are `exact`, a lone initial `partial`. */
export function compareGivenNames(a: string, b: string, soundA: string, soundB: string): Agreement {
  if (sameGivenName(a, b)) {
    return { level: 'exact', similarity: 1 };
  }

  const initialOnly = (a.length === 1 || b.length === 1) && a[0] === b[0];
  if (initialOnly) {
    return { level: 'partial', similarity: PARTIAL_SIMILARITY };
  }
  return compareText(a, b, soundA, soundB);
}

/**
 * Compares identifiers, postcodes, house numbers and ISO dates, where a near miss is a typing
 * error and not a similar value: one edit (or two swapped characters) is `partial`, anything
 * more `differs`.
 */
export function compareCode(a: string, b: string): Agreement {
  if (a === b) {
    return { level: 'exact', similarity: 1 };
  }

  if (a.length > 1 && withinOneEdit(a, b)) {
    return { level: 'partial', similarity: 1 - 1 / Math.max(a.length, b.length) };
  }
  return { level: 'differs', similarity: 0 };
}

/** Compares ISO dates: also `partial` when day and month are swapped. */
export function compareDates(a: string, b: string): Agreement {
  const swapped = `${a.slice(0, 4)}-${a.slice(8, 10)}-${a.slice(5, 7)}`;
  if (a !== b && swapped === b) {
    return { level: 'partial', similarity: 0.9 };
  }
  return compareCode(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

/**
 * Compares company names by their identifying words: the share of words of the longer name
 * that have a counterpart with Jaro-Winkler >= 0.92 in the other. `Bank of the West` and
 * `Bank of the East` share one of two words and get 0.5.
 */
export function compareCompanyWords(a: string[], b: string[]): Agreement {
  if (a.join(' ') === b.join(' ')) {
    return { level: 'exact', similarity: 1 };
  }

  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const matched = shorter.filter((word) =>
    longer.some((other) => jaroWinkler(word, other) >= CLOSE_SIMILARITY),
  ).length;
  const similarity = longer.length === 0 ? 0 : matched / longer.length;
  return { level: similarity >= 1 ? 'close' : levelOf(similarity), similarity };
}
