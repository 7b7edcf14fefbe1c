/** Precision, recall and F1 of predicted pairs against the true pairs. */
export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  expected: number;
  truePositives: number;
}

/** Computes precision, recall and F1; an empty prediction has precision 0. */
export function computeMetrics(
  truePositives: number,
  predicted: number,
  expected: number,
): Metrics {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = expected === 0 ? 0 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, predicted, expected, truePositives };
}

/** Returns the p-th percentile (0..100) of values by the nearest-rank method. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Counts the pairs within groups: a group of n records contains n(n-1)/2 pairs. */
export function countPairsWithinGroups(groupSizes: Iterable<number>): number {
  let pairs = 0;
  for (const size of groupSizes) {
    pairs += (size * (size - 1)) / 2;
  }
  return pairs;
}
