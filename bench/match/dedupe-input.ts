/**
 * Writes a CSV of `--rows N` records for timing `npm run match -- dedupe` on large files. Each
 * row copies a random Febrl dataset3 row with one or two typing errors, so duplicate clusters
 * grow with N. The key `rec-E-copy-I` keeps the Febrl entity number E of the source row. The
 * same `--seed` gives the same file.
 *
 *   npx tsx bench/match/dedupe-input.ts --rows 50000 --out /tmp/dedupe-50k.csv
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from '../../lib/csv/parse';
import { pick, seededRandom } from './random';
import { addTypingError } from './synthetic';

/** Columns that get typing errors; the rest are copied as they are. */
const PERTURBED_COLUMNS = ['given_name', 'surname', 'address_1', 'suburb', 'postcode'];

function option(argv: string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? fallback) : fallback;
}

function main(argv: string[]): void {
  const rows = Number(option(argv, '--rows', '5000'));
  const seed = Number(option(argv, '--seed', '1'));
  const out = option(argv, '--out', '');
  const folder = resolve(option(argv, '--febrl', '../shared/datasets/febrl'));
  if (!Number.isInteger(rows) || rows < 1 || out === '') {
    throw new Error('usage: dedupe-input.ts --rows N --out FILE [--seed S] [--febrl FOLDER]');
  }

  const [header, ...source] = parseCsv(readFileSync(join(folder, 'dataset3.csv'), 'utf8'));
  const columns = header?.cells ?? [];
  const perturbed = PERTURBED_COLUMNS.map((name) => columns.indexOf(name)).filter((at) => at > 0);
  const random = seededRandom(seed);
  const lines = [columns.join(',')];

  for (let i = 0; i < rows; i++) {
    const cells = [...pick(random, source).cells];
    const entity = /^rec-(\d+)-/.exec(cells[0] ?? '')?.[1] ?? 'x';
    cells[0] = `rec-${entity}-copy-${i}`;
    for (let errors = 1 + Math.floor(random() * 2); errors > 0; errors--) {
      const at = pick(random, perturbed);
      cells[at] = addTypingError(cells[at] ?? '', random);
    }
    lines.push(cells.join(','));
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
}

main(process.argv.slice(2));
