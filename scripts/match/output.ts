import { writeFileSync } from 'node:fs';
import type { MatchDecision } from '../../lib/match/types';

/** One line of link or dedupe output. */
export interface PairRow {
  a: string;
  b: string;
  score: number;
  decision: MatchDecision;
  reasons: string[];
}

export type OutputFormat = 'csv' | 'jsonl';

/** Formats pair rows as CSV with a header, or as one JSON object per line. */
export function formatPairs(rows: PairRow[], format: OutputFormat): string {
  if (format === 'jsonl') {
    return (
      rows.map((row) => JSON.stringify({ ...row, score: round(row.score) })).join('\n') +
      (rows.length ? '\n' : '')
    );
  }

  const lines = rows.map((row) =>
    [row.a, row.b, round(row.score).toFixed(4), row.decision, row.reasons.join('; ')]
      .map(csvCell)
      .join(','),
  );
  return ['a,b,score,decision,reasons', ...lines].join('\n') + '\n';
}

/** Quotes a CSV cell when it contains a comma, quote or line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

/** Writes text to a file, or to standard output when `path` is undefined. */
export function writeOutput(text: string, path: string | undefined): void {
  if (path === undefined) {
    process.stdout.write(text);
    return;
  }
  writeFileSync(path, text);
}
