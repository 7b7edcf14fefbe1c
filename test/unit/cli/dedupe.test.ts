import { describe, expect, it } from 'vitest';
import type { MatchSettings } from '../../../scripts/match/link-dedupe';
import { dedupeRecords } from '../../../scripts/match/link-dedupe';
import type { CsvRecord } from '../../../scripts/match/read-records';
import { runCli, writeTemp } from './run-cli';

const SETTINGS: MatchSettings = {
  regionA: undefined,
  regionB: undefined,
  dateOrder: undefined,
  minScore: 0.5,
  limit: 5,
  candidates: 20,
};

/** Builds `count` copies of one person, each with its own key. */
function copies(count: number): CsvRecord[] {
  return Array.from({ length: count }, (_, at) => ({
    key: `r${at}`,
    fields: { given_name: 'michaela', surname: 'neumann', postcode: '4223', id: '5304218' },
  }));
}

/** Records whose `fields` count how often they are read. */
function countingRecords(count: number): { records: CsvRecord[]; reads: () => number } {
  let reads = 0;
  const records = copies(count).map(({ key, fields }) => ({
    key,
    get fields() {
      reads++;
      return fields;
    },
  }));
  return { records, reads: () => reads };
}

describe('dedupeRecords', () => {
  it('yields a pair before querying every record', () => {
    const { records, reads } = countingRecords(50);
    const rows = dedupeRecords(records, SETTINGS, false);
    expect(rows.next().done).toBe(false);
    // Each record is read once to build the index, then once per query.
    expect(reads()).toBeLessThan(records.length * 2);
  });

  it('lists each pair once', () => {
    const rows = [...dedupeRecords(copies(4), SETTINGS, false)];
    const pairs = rows.map(({ a, b }) => `${a}-${b}`);
    expect(pairs.sort()).toEqual(['r0-r1', 'r0-r2', 'r0-r3', 'r1-r2', 'r1-r3', 'r2-r3']);
  });

  it('keeps file order within a pair', () => {
    const rows = [...dedupeRecords(copies(6), SETTINGS, false)];
    expect(rows.every(({ a, b }) => Number(a.slice(1)) < Number(b.slice(1)))).toBe(true);
  });

  it('lists up to limit per record', () => {
    const rows = [...dedupeRecords(copies(30), { ...SETTINGS, limit: 3 }, false)];
    expect(rows.filter(({ a }) => a === 'r0')).toHaveLength(3);
  });
});

describe('dedupeRecords with transitive', () => {
  // b shares an email with a and a phone with c, but a and c share nothing exact.
  const CHAIN: CsvRecord[] = [
    { key: 'a', fields: { name: 'Jo Li', email: 'jo@example.com' } },
    { key: 'b', fields: { name: 'Jo Li', email: 'jo@example.com', phone: '+61412345678' } },
    { key: 'c', fields: { name: 'Joanne Lee', phone: '+61412345678', postcode: '2000' } },
  ];

  it('adds the pair implied by a chain', () => {
    const settings = { ...SETTINGS, minScore: 0.9 };
    const direct = [...dedupeRecords(CHAIN, settings, false)].map(({ a, b }) => `${a}-${b}`);
    const all = [...dedupeRecords(CHAIN, settings, true)].map(({ a, b }) => `${a}-${b}`);
    expect(direct).not.toContain('a-c');
    expect(all).toContain('a-c');
  });

  it('marks implied pairs', () => {
    const rows = [...dedupeRecords(CHAIN, { ...SETTINGS, minScore: 0.9 }, true)];
    const implied = rows.find(({ a, b }) => a === 'a' && b === 'c');
    expect(implied?.reasons.at(-1)).toBe('linked through other records');
  });

  it('lists a large cluster without repeats', () => {
    const rows = [...dedupeRecords(copies(40), SETTINGS, true)];
    const pairs = new Set(rows.map(({ a, b }) => `${a}-${b}`));
    expect(pairs.size).toBe(rows.length);
    expect(rows).toHaveLength((40 * 39) / 2);
  });
});

/** Writes a CSV of `count` copies of one person, keyed by line number. */
function copiesCsv(count: number): string {
  const lines = ['given_name,surname,postcode,id'];
  for (let at = 0; at < count; at++) {
    lines.push('michaela,neumann,4223,5304218');
  }
  return writeTemp('copies.csv', `${lines.join('\n')}\n`);
}

describe('match --candidates', () => {
  it('lists more than 100 candidates for a larger --limit', () => {
    const result = runCli(['dedupe', copiesCsv(130), '--limit', '120']);
    const firstRecord = result.stdout.split('\n').filter((line) => line.startsWith('2,'));
    expect(firstRecord).toHaveLength(120);
  });

  it('rejects fewer candidates than --limit', () => {
    const result = runCli(['dedupe', copiesCsv(3), '--limit', '10', '--candidates', '5']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('option --candidates must be at least --limit (10), got 5');
  });

  it('rejects a fractional count', () => {
    const result = runCli(['dedupe', copiesCsv(3), '--candidates', '20.5']);
    expect(result.stderr).toContain('option --candidates must be a whole number from 1 to 5000');
  });
});

describe('match dedupe output', () => {
  it('writes a large output through a pipe', () => {
    const result = runCli(['dedupe', copiesCsv(1000)]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').length).toBeGreaterThan(2000);
  });
});
