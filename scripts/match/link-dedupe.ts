import type { CountryCode } from '../../lib/normalize/index';
import type { DateOrder } from '../../lib/normalize/index';
import type { PairRow } from './output';
import type { CsvRecord } from './read-records';
import { CandidateIndex, assignOneToOne, clusterLinks, scorePair } from '../../lib/match/index';

/** Settings shared by link and dedupe. */
export interface MatchSettings {
  regionA: CountryCode | undefined;
  regionB: CountryCode | undefined;
  dateOrder: DateOrder | undefined;
  minScore: number;
  limit: number;
}

/** Lists, for each record of `b`, the records of `a` scoring at least `minScore`. */
export function linkRecords(
  a: CsvRecord[],
  b: CsvRecord[],
  settings: MatchSettings,
  oneToOne: boolean,
): PairRow[] {
  const index = buildIndex(a, 'a', settings);
  const rows: PairRow[] = [];

  for (const record of b) {
    const candidates = index.query(record.fields, { system: 'b', limit: settings.limit });
    for (const candidate of candidates) {
      if (candidate.score >= settings.minScore) {
        rows.push({
          a: candidate.key,
          b: record.key,
          score: candidate.score,
          decision: candidate.decision,
          reasons: candidate.reasons,
        });
      }
    }
  }
  return oneToOne ? assignOneToOne(rows) : rows;
}

/**
 * Lists pairs within one file scoring at least `minScore`, each pair once (in file order).
 * With `transitive`, pairs joined through a chain of pairs are added with their direct score.
 */
export function dedupeRecords(
  records: CsvRecord[],
  settings: MatchSettings,
  transitive: boolean,
): PairRow[] {
  const index = buildIndex(records, 'a', settings);
  const order = new Map(records.map((record, i) => [record.key, i]));
  const rows = new Map<string, PairRow>();

  for (const record of records) {
    const candidates = index.query(record.fields, {
      system: 'a',
      excludeKey: record.key,
      limit: settings.limit,
    });
    for (const candidate of candidates.filter(({ score }) => score >= settings.minScore)) {
      const [first, second] = inFileOrder(record.key, candidate.key, order);
      rows.set(`${first}\n${second}`, {
        a: first,
        b: second,
        score: candidate.score,
        decision: candidate.decision,
        reasons: candidate.reasons,
      });
    }
  }

  if (transitive) {
    addImpliedPairs(records, rows, order, settings);
  }
  return [...rows.values()];
}

function addImpliedPairs(
  records: CsvRecord[],
  rows: Map<string, PairRow>,
  order: Map<string, number>,
  settings: MatchSettings,
) {
  const fieldsByKey = new Map(records.map((record) => [record.key, record.fields]));

  for (const cluster of clusterLinks([...rows.values()])) {
    const sorted = [...cluster].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const [first, second] = [sorted[i] ?? '', sorted[j] ?? ''];
        if (rows.has(`${first}\n${second}`)) {
          continue;
        }
        const scored = scorePair(fieldsByKey.get(first) ?? {}, fieldsByKey.get(second) ?? {}, {
          region: settings.regionA,
          dateOrder: settings.dateOrder,
        });
        rows.set(`${first}\n${second}`, {
          a: first,
          b: second,
          ...scored,
          reasons: [...scored.reasons, 'linked through other records'],
        });
      }
    }
  }
}

function inFileOrder(x: string, y: string, order: Map<string, number>): [string, string] {
  return (order.get(x) ?? 0) <= (order.get(y) ?? 0) ? [x, y] : [y, x];
}

function buildIndex(records: CsvRecord[], system: string, settings: MatchSettings): CandidateIndex {
  const index = new CandidateIndex({
    defaultRegion: (name) => (name === 'b' ? settings.regionB : settings.regionA),
    dateOrder: () => settings.dateOrder,
  });
  for (const record of records) {
    index.add({ key: record.key, system, fields: record.fields });
  }
  return index;
}
