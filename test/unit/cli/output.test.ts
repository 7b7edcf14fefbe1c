import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvCell, formatPair } from '../../../scripts/match/output';
import { runCli, writeTemp } from './run-cli';

describe('csvCell', () => {
  it('prefixes formula starts with a quote', () => {
    for (const value of ['=1+2', '+61 412', '-5', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(value).startsWith("'") || csvCell(value).startsWith(`"'`)).toBe(true);
    }
  });

  it('quotes a prefixed cell with a comma', () => {
    expect(csvCell('=HYPERLINK("http://127.0.0.1/x","a")')).toBe(
      `"'=HYPERLINK(""http://127.0.0.1/x"",""a"")"`,
    );
  });

  it('quotes a cell that starts with a carriage return', () => {
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves plain text alone', () => {
    expect(csvCell('rec-1-org')).toBe('rec-1-org');
  });

  it('leaves jsonl keys alone', () => {
    const row = { a: '=1', b: '@x', score: 0.5, decision: 'possible' as const, reasons: [] };
    expect(JSON.parse(formatPair(row, 'jsonl'))).toMatchObject({ a: '=1', b: '@x' });
  });
});

describe('match csv output', () => {
  const INPUT = 'key,email,given_name\n=cmd|calc,jo@example.com,Jo\n@x,jo@example.com,Jo\n';

  it('neutralises formula keys', () => {
    const result = runCli(['dedupe', writeTemp('keys.csv', INPUT)]);
    expect(result.stdout.split('\n')[1]).toMatch(/^'=cmd\|calc,'@x,/);
  });

  it('neutralises formula keys in --out files', () => {
    const out = writeTemp('out.csv', '');
    runCli(['dedupe', writeTemp('keys.csv', INPUT), '--out', out]);
    expect(readFileSync(out, 'utf8').split('\n')[1]).toMatch(/^'=cmd\|calc,'@x,/);
  });

  it('documents the quote prefix in --help', () => {
    expect(runCli(['--help']).stdout).toMatch(/=, \+, -, @, tab or carriage return/);
  });

  it('names an --out path that cannot be written', () => {
    const result = runCli(['dedupe', writeTemp('keys.csv', INPUT), '--out', '/nonexistent/o.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('/nonexistent/o.csv: cannot write the output file (ENOENT)');
  });
});
