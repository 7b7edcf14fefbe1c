import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const README = readFileSync(join(import.meta.dirname, '../../demo/README.md'), 'utf8');

/** Counts the cells of a Markdown table row, where `\|` is a literal bar and not a border. */
function cellCount(row: string): number {
  return row.replace(/\\\|/g, '').split('|').length - 2;
}

/** Splits the README into tables, each a list of its `|` rows with their line numbers. */
function tables(): { line: number; text: string }[][] {
  const found: { line: number; text: string }[][] = [];
  let current: { line: number; text: string }[] = [];
  README.split('\n').forEach((text, at) => {
    if (text.startsWith('|')) {
      current.push({ line: at + 1, text });
    } else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  });
  return found;
}

describe('demo README', () => {
  test('has tables', () => {
    expect(tables().length).toBeGreaterThan(0);
  });

  test('table rows match their headers', () => {
    for (const table of tables()) {
      const [header, ...rows] = table;
      for (const row of rows) {
        expect({ line: row.line, cells: cellCount(row.text) }).toEqual({
          line: row.line,
          cells: cellCount(header?.text ?? ''),
        });
      }
    }
  });
});
