import type { IndexedRecord, MatchFields } from '../../lib/match/types';
import type { FebrlRecord } from './febrl';
import { CandidateIndex, FuseBaseline } from '../../lib/match/index';
import { garbageCollector, retainedHeapBytes } from './memory';
import { percentile } from './metrics';
import { seededRandom } from './random';
import { perturbRecord, synthesizeRecords } from './synthetic';

/** A synthetic cache and the queries made from it; the same size always gives the same data. */
export interface LatencyFixture {
  size: number;
  records: IndexedRecord[];
  queries: Query[];
}

interface Query {
  sourceKey: string;
  fields: MatchFields;
}

export interface TimedQueries {
  queries: number;
  p50Ms: number;
  p95Ms: number;
  /** Share of queries whose top hit is the record the query was made from. */
  hitRate: number;
}

export interface IndexLatency extends TimedQueries {
  buildMs: number;
  bytesPerRecord: number;
}

const WARM_UP_QUERIES = 100;

/**
 * Builds `size` synthetic records and `queryCount` queries, each a random cached record with
 * one or two typing errors. Seeds derive from `size`, so reruns give the same data.
 */
export function latencyFixture(
  source: FebrlRecord[],
  size: number,
  queryCount: number,
): LatencyFixture {
  const records = synthesizeRecords(source, size, size).map((fields, i) => ({
    key: String(i),
    system: 'crm',
    fields,
  }));
  const random = seededRandom(size + 1);
  const queries = Array.from({ length: queryCount }, () => {
    const at = Math.floor(random() * records.length);
    return { sourceKey: String(at), fields: perturbRecord(records[at]?.fields ?? {}, random) };
  });
  return { size, records, queries };
}

/**
 * Times index queries (after a warm-up and a full garbage collection) and measures the build.
 * Memory is the retained heap growth of building the index, between full collections,
 * divided by the record count; the input records themselves are not counted.
 */
export function measureIndexLatency(fixture: LatencyFixture): IndexLatency {
  let buildMs = 0;
  const { value: index, bytes } = retainedHeapBytes(() => {
    const started = performance.now();
    const built = new CandidateIndex();
    fixture.records.forEach((record) => built.add(record));
    buildMs = performance.now() - started;
    return built;
  });

  const warmUp = fixture.queries.slice(0, WARM_UP_QUERIES);
  warmUp.forEach(({ fields }) => index.query(fields, { limit: 5 }));
  garbageCollector()();

  const timed = timeQueries(fixture.queries, (fields) => index.query(fields, { limit: 5 })[0]?.key);
  return { ...timed, buildMs, bytesPerRecord: bytes / fixture.size };
}

/** Times the fuse.js baseline on the first `queryCount` queries of the fixture. */
export function measureBaselineLatency(fixture: LatencyFixture, queryCount: number): TimedQueries {
  const fuse = new FuseBaseline(fixture.records);
  fuse.topHit(fixture.queries[0]?.fields ?? {});
  return timeQueries(fixture.queries.slice(0, queryCount), (fields) => fuse.topHit(fields)?.key);
}

function timeQueries(
  queries: Query[],
  run: (fields: MatchFields) => string | undefined,
): TimedQueries {
  const times: number[] = [];
  let hits = 0;
  for (const { sourceKey, fields } of queries) {
    const started = performance.now();
    const topKey = run(fields);
    times.push(performance.now() - started);
    hits += topKey === sourceKey ? 1 : 0;
  }

  return {
    queries: queries.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    hitRate: hits / Math.max(1, queries.length),
  };
}
