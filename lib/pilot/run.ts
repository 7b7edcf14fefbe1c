import { CandidateIndex, type CandidateIndexOptions } from '../match/candidate-index';
import type { Candidate } from '../match/types';
import { recordKey } from '../records/types';
import type { PilotDataset } from './dataset';

/** One proposed pair, keyed the way the records cache keys records (`system:type:id`). */
export interface PilotPair {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

export interface PilotReport {
  /** Pairs with exact-key evidence, safe to accept as links. */
  links: PilotPair[];
  /** Fuzzy pairs that a person should check before accepting. */
  suggestions: PilotPair[];
  /** Likely duplicates inside one app. */
  duplicates: PilotPair[];
  counts: Record<string, number>;
}

/**
 * Matches every record of every export against the other exports and within its own, keeping
 * each record's best candidate per other system and each pair once.
 */
export function runPilot(
  datasets: PilotDataset[],
  options: CandidateIndexOptions = {},
): PilotReport {
  const index = new CandidateIndex(options);
  for (const dataset of datasets) {
    for (const record of dataset.records)
      index.add({
        key: recordKey(dataset.system, dataset.type, record.id),
        system: dataset.system,
        fields: record.fields,
      });
  }

  const across = new Map<string, Candidate & { from: string }>();
  const within = new Map<string, Candidate & { from: string }>();
  for (const dataset of datasets) {
    const others = datasets.map((d) => d.system).filter((system) => system !== dataset.system);
    for (const record of dataset.records) {
      const key = recordKey(dataset.system, dataset.type, record.id);
      for (const candidate of bestPerSystem(
        index.query(record.fields, {
          systems: others,
          excludeKey: key,
          system: dataset.system,
          limit: 20,
        }),
      )) {
        keepBest(across, key, candidate);
      }
      for (const candidate of index.query(record.fields, {
        systems: [dataset.system],
        excludeKey: key,
        system: dataset.system,
        limit: 5,
      })) {
        if (candidate.decision !== 'no-match') keepBest(within, key, candidate);
      }
    }
  }

  const pairs = [...across.values()].filter((pair) => pair.decision !== 'no-match');
  const report: PilotReport = {
    links: pairs.filter((pair) => pair.decision === 'match').map(toPair),
    suggestions: pairs.filter((pair) => pair.decision === 'possible').map(toPair),
    duplicates: [...within.values()].map(toPair),
    counts: Object.fromEntries(datasets.map((d) => [d.system, d.records.length])),
  };
  return report;
}

function bestPerSystem(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const current = best.get(candidate.system);
    if (!current || candidate.score > current.score) best.set(candidate.system, candidate);
  }
  return [...best.values()];
}

function keepBest(
  pairs: Map<string, Candidate & { from: string }>,
  from: string,
  candidate: Candidate,
): void {
  const id = [from, candidate.key].sort().join('|');
  const current = pairs.get(id);
  if (!current || candidate.score > current.score) pairs.set(id, { ...candidate, from });
}

function toPair(pair: Candidate & { from: string }): PilotPair {
  return {
    a: pair.from,
    b: pair.key,
    score: Math.round(pair.score * 1000) / 1000,
    reasons: pair.reasons,
  };
}
