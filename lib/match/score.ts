import type { MatchDecision, MatchFields } from './types';
import type { FieldComparison } from './compare';
import type { PrepareOptions, PreparedRecord } from './prepare';
import { compareRecords } from './compare';
import { prepareRecord } from './prepare';
import { describeComparisons } from './reasons';
import type { FrequencyField, ShareOf } from './frequencies';
import { DEFAULT_WEIGHTS, LEVEL_PROBABILITIES } from './weights';

/** Score cut-offs in 0..1: `match` also needs exact-key evidence. */
export interface Thresholds {
  match: number;
  possible: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { match: 0.99, possible: 0.5 };

/**
 * Prior log2 odds that a compared pair is the same entity, about 1 in 1,000. The score is the
 * posterior probability `1 / (1 + 2^-(prior + sum of field weights))`.
 */
export const PRIOR_LOG2_ODDS = -10;

/** The outcome of comparing two records. */
export interface PairScore {
  score: number;
  decision: MatchDecision;
  reasons: string[];
}

/** Fields whose exact agreement identifies one entity on its own. */
const EXACT_KEY_FIELDS = new Set(['email', 'phone', 'id']);

/**
 * Sums the Fellegi-Sunter weights of the compared fields, in bits. With `shareOf`, an exact
 * agreement on a common value weighs log2(m / share) instead, when that share is above the
 * default u probability.
 */
export function totalWeight(
  comparisons: FieldComparison[],
  shareOf?: ShareOf,
  weights = DEFAULT_WEIGHTS,
): number {
  let total = 0;
  for (const { field, level, value } of comparisons) {
    total += weights[field][level];
    if (shareOf && value !== undefined && isFrequencyField(field)) {
      const { u } = LEVEL_PROBABILITIES[field];
      const share = shareOf(field, value);
      total -= share > u.exact ? Math.log2(share / u.exact) : 0;
    }
  }
  return total;
}

function isFrequencyField(field: string): field is FrequencyField {
  return field === 'given' || field === 'surname' || field === 'postcode' || field === 'city';
}

/** Converts a total weight in bits to a 0..1 score. */
export function scoreFromWeight(weight: number): number {
  return 1 / (1 + 2 ** -(PRIOR_LOG2_ODDS + weight));
}

/** Decides the outcome: `match` needs a score at the match cut-off and an exact key. */
export function decide(
  score: number,
  comparisons: FieldComparison[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): MatchDecision {
  const hasExactKey = comparisons.some(
    ({ field, level }) => level === 'exact' && EXACT_KEY_FIELDS.has(field),
  );
  if (hasExactKey && score >= thresholds.match) {
    return 'match';
  }
  return score >= thresholds.possible ? 'possible' : 'no-match';
}

/** Compares two prepared records and scores them, without wording the reasons. */
export function evaluatePair(a: PreparedRecord, b: PreparedRecord, shareOf?: ShareOf) {
  const comparisons = compareRecords(a, b);
  return { comparisons, score: scoreFromWeight(totalWeight(comparisons, shareOf)) };
}

/** Scores two prepared records. */
export function scorePrepared(
  a: PreparedRecord,
  b: PreparedRecord,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): PairScore {
  const { comparisons, score } = evaluatePair(a, b);
  return {
    score,
    decision: decide(score, comparisons, thresholds),
    reasons: describeComparisons(comparisons, a, b),
  };
}

/** Options for scoring one pair; both records are read with the same region and date order. */
export interface ScorePairOptions extends PrepareOptions {
  thresholds?: Thresholds;
}

/** Normalises and scores two records, for one-off checks and for deduplication. */
export function scorePair(
  a: MatchFields,
  b: MatchFields,
  options: ScorePairOptions = {},
): PairScore {
  const { thresholds, ...prepareOptions } = options;
  return scorePrepared(
    prepareRecord(a, prepareOptions),
    prepareRecord(b, prepareOptions),
    thresholds,
  );
}
