import { once } from 'node:events';
import { createWriteStream, openSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { MatchDecision } from '../../lib/match/types';
import { InputError } from './errors';

/** One line of link or dedupe output. */
export interface PairRow {
  a: string;
  b: string;
  score: number;
  decision: MatchDecision;
  reasons: string[];
}

export type OutputFormat = 'csv' | 'jsonl';

const CSV_HEADER = 'a,b,score,decision,reasons';

/** Characters of output collected before one write, so a large output is written in pieces. */
const CHUNK_CHARS = 64 * 1024;

/**
 * First characters that make spreadsheet programs read a cell as a formula. Such cells get a
 * leading `'`, so a record key such as `=HYPERLINK(...)` is shown as text (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Formats one pair as a CSV line or a JSON line, without the line break. */
export function formatPair(row: PairRow, format: OutputFormat): string {
  if (format === 'jsonl') {
    return JSON.stringify({ ...row, score: round(row.score) });
  }
  return [row.a, row.b, round(row.score).toFixed(4), row.decision, row.reasons.join('; ')]
    .map(csvCell)
    .join(',');
}

/**
 * Prefixes a cell that a spreadsheet would run as a formula with `'`, then quotes it when it
 * contains a comma, quote or line break.
 */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

/** An open output: standard output, or a file that `close` flushes and closes. */
export interface Output {
  stream: Writable;
  close(): Promise<void>;
}

/**
 * Opens `path` for writing, or standard output when `path` is undefined. Throws InputError
 * naming the file when it cannot be created.
 */
export function openOutput(path: string | undefined): Output {
  if (path === undefined) {
    return { stream: process.stdout, close: () => Promise.resolve() };
  }

  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError(`${path}: cannot write the output file (${code}); check --out`);
  }
  const stream = createWriteStream('', { fd });
  return {
    stream,
    close: async () => {
      stream.end();
      await once(stream, 'close');
    },
  };
}

/**
 * Writes pair rows as they are produced, with a CSV header first, waiting whenever the
 * stream's buffer is full so memory stays flat on a slow reader.
 */
export async function writePairs(
  rows: Iterable<PairRow>,
  format: OutputFormat,
  stream: Writable,
): Promise<void> {
  let chunk = format === 'csv' ? `${CSV_HEADER}\n` : '';
  for (const row of rows) {
    chunk += `${formatPair(row, format)}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      await writeChunk(stream, chunk);
      chunk = '';
    }
  }
  await writeChunk(stream, chunk);
}

/** Writes text, and waits for `drain` when `write` returns false because the buffer is full. */
export async function writeChunk(stream: Writable, text: string): Promise<void> {
  if (text !== '' && !stream.write(text)) {
    await once(stream, 'drain');
  }
}
