/** Winkler's prefix scale: each shared leading character, up to four, adds this share of the gap. */
const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;

/** Scratch flags reused across calls, so comparing short strings allocates nothing. */
const scratch: Uint8Array[] = [new Uint8Array(64), new Uint8Array(64)];

function matchFlags(which: 0 | 1, length: number): Uint8Array {
  let flags = scratch[which] as Uint8Array;
  if (flags.length < length) {
    flags = new Uint8Array(length * 2);
    scratch[which] = flags;
  }
  flags.fill(0, 0, length);
  return flags;
}

/** Computes Jaro similarity in 0..1 (1 for equal strings, 0 when nothing matches). */
export function jaro(a: string, b: string): number {
  if (a === b) {
    return 1;
  }
  if (a.length === 0 || b.length === 0) {
    return 0;
  }

  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = matchFlags(0, a.length);
  const bMatched = matchFlags(1, b.length);
  let matches = 0;

  for (let i = 0; i < a.length; i++) {
    const start = Math.max(0, i - window);
    const end = Math.min(b.length - 1, i + window);
    for (let j = start; j <= end; j++) {
      if (bMatched[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        aMatched[i] = 1;
        bMatched[j] = 1;
        matches++;
        break;
      }
    }
  }

  if (matches === 0) {
    return 0;
  }

  const transpositions = countTranspositions(a, b, aMatched, bMatched);
  return (matches / a.length + matches / b.length + (matches - transpositions) / matches) / 3;
}

/** Counts half the matched characters that appear in a different order in `a` and `b`. */
function countTranspositions(a: string, b: string, aMatched: Uint8Array, bMatched: Uint8Array) {
  let outOfOrder = 0;
  let j = 0;

  for (let i = 0; i < a.length; i++) {
    if (aMatched[i] === 0) {
      continue;
    }
    while (bMatched[j] === 0) {
      j++;
    }
    if (a.charCodeAt(i) !== b.charCodeAt(j)) {
      outOfOrder++;
    }
    j++;
  }

  return outOfOrder / 2;
}

/**
 * Computes Jaro-Winkler similarity in 0..1, which rewards a shared prefix of up to four
 * characters. Inputs are compared as given, so fold them first.
 */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  if (similarity === 1 || similarity === 0) {
    return similarity;
  }

  const limit = Math.min(MAX_PREFIX, a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) {
    prefix++;
  }

  return similarity + prefix * PREFIX_SCALE * (1 - similarity);
}
