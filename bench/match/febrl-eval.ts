import type { ColumnMap } from '../../lib/csv/columns';
import type { FebrlRecord } from './febrl';
import type { Metrics } from './metrics';
import { CandidateIndex, assignOneToOne, clusterLinks } from '../../lib/match/index';
import { loadFebrl } from './febrl';
import { computeMetrics, countPairsWithinGroups } from './metrics';

/** Candidates kept per query; the true match is nearly always first. */
const QUERY_LIMIT = 5;

function buildIndex(records: FebrlRecord[], system: string): CandidateIndex {
  const index = new CandidateIndex();
  for (const record of records) {
    index.add({ key: record.key, system, fields: record.fields });
  }
  return index;
}

/**
 * Links dataset4b to dataset4a: every `possible` or `match` candidate is a proposed link,
 * then a greedy one-to-one assignment keeps each record in at most one link.
 */
export function evaluateFebrl4(folder: string, columns: ColumnMap): Metrics {
  const originals = loadFebrl(folder, 'dataset4a.csv', columns);
  const duplicates = loadFebrl(folder, 'dataset4b.csv', columns);
  const index = buildIndex(originals, 'a');
  const entityOf = new Map(
    [...originals, ...duplicates].map((record) => [record.key, record.entity]),
  );

  const proposed = duplicates.flatMap((record) =>
    index
      .query(record.fields, { limit: QUERY_LIMIT })
      .filter(({ decision }) => decision !== 'no-match')
      .map(({ key, score }) => ({ a: key, b: record.key, score })),
  );

  const links = assignOneToOne(proposed);
  const correct = links.filter(({ a, b }) => entityOf.get(a) === entityOf.get(b)).length;
  return computeMetrics(correct, links.length, duplicates.length);
}

/**
 * Finds duplicates within dataset3: every `possible` or `match` candidate is a link, and
 * records joined by a chain of links form one cluster, whose record pairs are all predicted.
 */
export function evaluateFebrl3(folder: string, columns: ColumnMap): Metrics {
  const records = loadFebrl(folder, 'dataset3.csv', columns);
  const index = buildIndex(records, 'a');
  const entityOf = new Map(records.map((record) => [record.key, record.entity]));

  const links = records.flatMap((record) =>
    index
      .query(record.fields, { excludeKey: record.key, limit: QUERY_LIMIT })
      .filter(({ decision }) => decision !== 'no-match')
      .map(({ key }) => ({ a: record.key, b: key })),
  );

  let predicted = 0;
  let correct = 0;
  for (const cluster of clusterLinks(links)) {
    predicted += countPairsWithinGroups([cluster.length]);
    const sizes = countBy(cluster.map((key) => entityOf.get(key) ?? key));
    correct += countPairsWithinGroups(sizes.values());
  }

  const expected = countPairsWithinGroups(countBy(records.map(({ entity }) => entity)).values());
  return computeMetrics(correct, predicted, expected);
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
