import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IndexedRecord, MatchFields } from '../../lib/match/types';
import type { Metrics } from './metrics';
import { CandidateIndex } from '../../lib/match/index';
import { toCountryCode } from '../../lib/normalize/index';
import { computeMetrics } from './metrics';
import { demoRecords } from './demo-records';

const APPS = ['crm', 'books', 'scheduler'] as const;

interface DemoTruth {
  customers: Partial<Record<(typeof APPS)[number], string>>[];
  duplicates?: { app: string; ids: string[] }[];
}

/**
 * Matches demo customers across the three apps against `demo/data/ground-truth.json`. Every
 * cross-app candidate at `possible` or better is a predicted pair; true pairs are all
 * cross-app pairs of records of one customer, duplicates included. Returns undefined when the
 * ground truth or the seed module is missing or fails to load.
 */
export async function evaluateDemo(repoRoot: string): Promise<Metrics | undefined> {
  const truthPath = join(repoRoot, 'demo/data/ground-truth.json');
  const seedPath = join(repoRoot, 'demo/seed/index.ts');
  if (!existsSync(truthPath) || !existsSync(seedPath)) {
    return undefined;
  }

  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as DemoTruth;
  const seedModule = (await import(pathToFileURL(seedPath).href)) as { seedData?: () => unknown };
  if (typeof seedModule.seedData !== 'function') {
    return undefined;
  }

  const records = demoRecords(seedModule.seedData());
  const entityOf = entityByRecordKey(truth);
  return scoreAcrossApps(records, entityOf);
}

function scoreAcrossApps(records: IndexedRecord[], entityOf: Map<string, number>): Metrics {
  const region = mostCommonCountry(records.map(({ fields }) => fields));
  const index = new CandidateIndex({ defaultRegion: () => region });
  records.forEach((record) => index.add(record));

  const predicted = new Set<string>();
  for (const record of records) {
    const systems = APPS.filter((app) => app !== record.system);
    for (const candidate of index.query(record.fields, {
      systems,
      system: record.system,
      limit: 5,
    })) {
      if (candidate.decision !== 'no-match') {
        predicted.add([record.key, candidate.key].sort().join('\n'));
      }
    }
  }

  const correct = [...predicted].filter((pair) => {
    const [a = '', b = ''] = pair.split('\n');
    return entityOf.has(a) && entityOf.get(a) === entityOf.get(b);
  }).length;
  return computeMetrics(correct, predicted.size, countCrossAppPairs(records, entityOf));
}

function entityByRecordKey(truth: DemoTruth): Map<string, number> {
  const entityOf = new Map<string, number>();
  truth.customers.forEach((customer, entity) => {
    for (const app of APPS) {
      const id = customer[app];
      if (id) {
        entityOf.set(`${app}:${id}`, entity);
      }
    }
  });

  for (const { app, ids } of truth.duplicates ?? []) {
    const entity = entityOf.get(`${app}:${ids[0]}`);
    if (entity !== undefined) {
      ids.forEach((id) => entityOf.set(`${app}:${id}`, entity));
    }
  }
  return entityOf;
}

function countCrossAppPairs(records: IndexedRecord[], entityOf: Map<string, number>): number {
  const byEntity = new Map<number, IndexedRecord[]>();
  for (const record of records) {
    const entity = entityOf.get(record.key);
    if (entity !== undefined) {
      byEntity.set(entity, [...(byEntity.get(entity) ?? []), record]);
    }
  }

  let pairs = 0;
  for (const group of byEntity.values()) {
    group.forEach((first, i) => {
      pairs += group.slice(i + 1).filter((second) => second.system !== first.system).length;
    });
  }
  return pairs;
}

function mostCommonCountry(fields: MatchFields[]) {
  const counts = new Map<string, number>();
  for (const { country } of fields) {
    const code = toCountryCode(country);
    if (code) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return toCountryCode(best?.[0]);
}
