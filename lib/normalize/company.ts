import { foldText, wordTokens } from './text';

/** Legal-form words and their canonical short forms. */
const LEGAL_FORMS: Record<string, string> = {
  limited: 'ltd',
  ltd: 'ltd',
  proprietary: 'pty',
  pty: 'pty',
  incorporated: 'inc',
  inc: 'inc',
  corporation: 'corp',
  corp: 'corp',
  llc: 'llc',
  llp: 'llp',
  lp: 'lp',
  plc: 'plc',
  gmbh: 'gmbh',
  ag: 'ag',
  sa: 'sa',
  sarl: 'sarl',
  bv: 'bv',
  nv: 'nv',
  ab: 'ab',
  oy: 'oy',
  company: 'co',
  co: 'co',
};

/** Words that carry almost no identity in a company name. */
const COMPANY_STOP_WORDS = new Set(['the', 'and', 'of', 'a', 'an', 'for']);

/** A company name in canonical words. */
export interface CompanyName {
  /** All words with legal forms in canonical short form, for example `acme and co ltd`. */
  canonical: string;
  /** Identifying words only: no legal forms and no stop words, for example `acme`. */
  core: string[];
  /** Legal forms in order of appearance, for example [`co`, `ltd`]. */
  legalForms: string[];
}

/**
 * Normalises a company name: folds case and diacritics, reads `&` as `and`, drops punctuation
 * (`L.L.C.` is `llc`) and maps legal forms to one spelling, so `Acme & Co. Ltd` and
 * `ACME and Company Limited` give the same canonical name.
 */
export function normalizeCompany(raw: string): CompanyName {
  const folded = foldText(raw)
    .replace(/&/g, ' and ')
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/\b([a-z])\.(?![a-z])/g, '$1');
  const words = wordTokens(folded).map((word) => LEGAL_FORMS[word] ?? word);

  const legalForms = words.filter((word) => word in LEGAL_FORMS && followsFirstWord(words, word));
  const core = words.filter((word) => !legalForms.includes(word) && !COMPANY_STOP_WORDS.has(word));

  return { canonical: words.join(' '), core, legalForms };
}

/** Legal forms count only after the first word, so `Co-op Bank` keeps `co` as a name word. */
function followsFirstWord(words: string[], word: string): boolean {
  return words.indexOf(word) > 0;
}
