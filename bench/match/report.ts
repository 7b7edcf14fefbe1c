import type { BaselineComparison } from './baseline-eval';
import type { IndexLatency, TimedQueries } from './latency';

export interface LatencyRow {
  size: number;
  index: IndexLatency;
  fuse: TimedQueries;
}
import type { Metrics } from './metrics';

export interface BenchResults {
  febrl4: Metrics;
  febrl4Crm: Metrics;
  febrl3: Metrics;
  febrl3Crm: Metrics;
  demo: Metrics | undefined;
  baseline: BaselineComparison;
  latency: LatencyRow[];
}

const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';

/** Formats the results as readable tables. */
export function formatTables(results: BenchResults): string {
  const quality = [
    ['Febrl 4 link, all columns', results.febrl4],
    ['Febrl 4 link, CRM columns', results.febrl4Crm],
    ['Febrl 3 dedupe, all columns', results.febrl3],
    ['Febrl 3 dedupe, CRM columns', results.febrl3Crm],
    ['demo, across three apps', results.demo],
    [`fuse.js baseline, Febrl 4 (${results.baseline.sampleSize} queries)`, results.baseline.fuse],
    [`index, same ${results.baseline.sampleSize} queries`, results.baseline.index],
  ] as const;

  const lines = [
    '',
    'Quality                                       precision  recall     F1     pairs',
  ];
  for (const [label, metrics] of quality) {
    if (!metrics) {
      lines.push(`${label.padEnd(45)} not available`);
      continue;
    }
    const { precision, recall, f1, predicted } = metrics;
    lines.push(
      `${label.padEnd(45)} ${fixed(precision, 4).padStart(9)} ${fixed(recall, 4).padStart(7)} ${fixed(f1, 4).padStart(7)} ${String(predicted).padStart(8)}`,
    );
  }

  lines.push(
    '',
    'Latency (ms)   records   p50     p95    hit@1 | fuse.js p50     p95  hit@1 queries | build ms  bytes/record',
  );
  for (const row of results.latency) {
    lines.push(
      [
        String(row.size).padStart(22),
        fixed(row.index.p50Ms, 3).padStart(7),
        fixed(row.index.p95Ms, 3).padStart(7),
        fixed(row.index.hitRate, 3).padStart(8),
        ' |',
        fixed(row.fuse.p50Ms, 1).padStart(11),
        fixed(row.fuse.p95Ms, 1).padStart(7),
        fixed(row.fuse.hitRate, 3).padStart(6),
        String(row.fuse.queries).padStart(7),
        ' |',
        fixed(row.index.buildMs, 0).padStart(8),
        fixed(row.index.bytesPerRecord, 0).padStart(13),
      ].join(' '),
    );
  }
  return lines.join('\n');
}

const rounded = (value: number) => Math.round(value * 100_000) / 100_000;

function metricsJson(metrics: Metrics | undefined) {
  if (!metrics) {
    return null;
  }
  return {
    precision: rounded(metrics.precision),
    recall: rounded(metrics.recall),
    f1: rounded(metrics.f1),
    pairs: metrics.predicted,
    true_pairs: metrics.expected,
  };
}

/** Builds the one-line JSON summary printed last. */
export function summaryJson(results: BenchResults): string {
  const latency = Object.fromEntries(
    results.latency.map((row) => [
      String(row.size),
      {
        p50_ms: rounded(row.index.p50Ms),
        p95_ms: rounded(row.index.p95Ms),
        hit_rate: rounded(row.index.hitRate),
        queries: row.index.queries,
        baseline_p50_ms: rounded(row.fuse.p50Ms),
        baseline_p95_ms: rounded(row.fuse.p95Ms),
        baseline_hit_rate: rounded(row.fuse.hitRate),
        baseline_queries: row.fuse.queries,
        build_ms: Math.round(row.index.buildMs),
      },
    ]),
  );
  const largest = results.latency[results.latency.length - 1];

  return JSON.stringify({
    febrl4: metricsJson(results.febrl4),
    febrl4_crm: metricsJson(results.febrl4Crm),
    febrl3: metricsJson(results.febrl3),
    febrl3_crm: metricsJson(results.febrl3Crm),
    demo: metricsJson(results.demo),
    baseline: {
      febrl4: {
        ...metricsJson(results.baseline.fuse),
        queries: results.baseline.sampleSize,
        mean_ms: rounded(results.baseline.fuseMeanMs),
      },
      index_febrl4_same_queries: metricsJson(results.baseline.index),
    },
    latency,
    index_build_ms_100000: largest ? Math.round(largest.index.buildMs) : null,
    bytes_per_record: largest ? Math.round(largest.index.bytesPerRecord) : null,
    bytes_per_record_method:
      'retained heap growth of building the 100,000-record index between full garbage collections, divided by 100,000',
  });
}
