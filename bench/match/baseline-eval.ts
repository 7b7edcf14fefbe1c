import type { ColumnMap } from '../../lib/csv/columns';
import type { Metrics } from './metrics';
import { CandidateIndex, FuseBaseline } from '../../lib/match/index';
import { loadFebrl } from './febrl';
import { computeMetrics } from './metrics';
import { seededRandom } from './random';

export interface BaselineComparison {
  sampleSize: number;
  fuse: Metrics;
  index: Metrics;
  fuseMeanMs: number;
}

/**
 * Compares the fuse.js baseline (top hit of a search over all of dataset4a) with the
 * candidate index (top candidate, `possible` or better) on a seeded random sample of
 * dataset4b queries. The sample keeps the run short, because one fuse.js query over 5,000
 * records takes on the order of 100 ms.
 */
export function compareOnFebrl4(
  folder: string,
  columns: ColumnMap,
  sampleSize: number,
): BaselineComparison {
  const originals = loadFebrl(folder, 'dataset4a.csv', columns);
  const duplicates = loadFebrl(folder, 'dataset4b.csv', columns);
  const entityOf = new Map(originals.map((record) => [record.key, record.entity]));
  const indexed = originals.map(({ key, fields }) => ({ key, system: 'a', fields }));
  const fuse = new FuseBaseline(indexed);
  const index = new CandidateIndex();
  indexed.forEach((record) => index.add(record));

  const random = seededRandom(11);
  const sample = Array.from(
    { length: sampleSize },
    () => duplicates[Math.floor(random() * duplicates.length)],
  );
  let fuseCorrect = 0;
  let fusePredicted = 0;
  let indexCorrect = 0;
  let indexPredicted = 0;
  let fuseMs = 0;

  for (const query of sample) {
    if (!query) {
      continue;
    }
    const started = performance.now();
    const hit = fuse.topHit(query.fields);
    fuseMs += performance.now() - started;
    fusePredicted += hit ? 1 : 0;
    fuseCorrect += hit && entityOf.get(hit.key) === query.entity ? 1 : 0;

    const top = index.query(query.fields, { limit: 1 })[0];
    const linked = top !== undefined && top.decision !== 'no-match';
    indexPredicted += linked ? 1 : 0;
    indexCorrect += linked && entityOf.get(top.key) === query.entity ? 1 : 0;
  }

  return {
    sampleSize,
    fuse: computeMetrics(fuseCorrect, fusePredicted, sampleSize),
    index: computeMetrics(indexCorrect, indexPredicted, sampleSize),
    fuseMeanMs: fuseMs / sampleSize,
  };
}
