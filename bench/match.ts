import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareOnFebrl4 } from './match/baseline-eval';
import { evaluateDemo } from './match/demo-eval';
import { ALL_COLUMNS, CRM_COLUMNS, FEBRL_FILES, loadFebrl, missingFebrlFiles } from './match/febrl';
import { evaluateFebrl3, evaluateFebrl4 } from './match/febrl-eval';
import type { IndexLatency } from './match/latency';
import { latencyFixture, measureBaselineLatency, measureIndexLatency } from './match/latency';
import { formatTables, summaryJson } from './match/report';

const HELP = `Usage: npm run bench:match -- [--febrl FOLDER]

Measures record matching: precision, recall and F1 on Febrl datasets 4 (linking) and 3
(duplicates), with all columns and with CRM columns only; the demo apps against their
ground truth when demo/data/ground-truth.json exists; query latency with 1,000, 10,000 and
100,000 cached records; and a fuse.js baseline. Prints tables, then one JSON line last.

  --febrl FOLDER   Folder with the Febrl CSV files. Default: ../shared/datasets/febrl
  --help           Print this help.
`;

/** Timed queries per cache size; the fuse.js baseline scans every record, so it gets fewer. */
const SIZES = [
  { size: 1_000, queries: 2_000, baselineQueries: 200 },
  { size: 10_000, queries: 2_000, baselineQueries: 50 },
  { size: 100_000, queries: 2_000, baselineQueries: 20 },
];
const BASELINE_SAMPLE = 200;

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    process.stdout.write(HELP);
    return;
  }
  const folder = febrlFolder(argv);
  const problem = folder === undefined ? 'option --febrl needs a folder' : febrlProblem(folder);
  if (problem !== undefined || folder === undefined) {
    process.stderr.write(
      `bench:match: ${problem}; pass --febrl FOLDER, the folder that holds ${FEBRL_FILES.join(', ')}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const log = (message: string) =>
    process.stdout.write(`${message} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);

  const febrl4 = evaluateFebrl4(folder, ALL_COLUMNS);
  const febrl4Crm = evaluateFebrl4(folder, CRM_COLUMNS);
  const febrl3 = evaluateFebrl3(folder, ALL_COLUMNS);
  const febrl3Crm = evaluateFebrl3(folder, CRM_COLUMNS);
  log('Febrl quality done');

  const demo = await evaluateDemo(process.cwd());
  log(demo ? 'demo done' : 'demo: not available');

  const source = [
    ...loadFebrl(folder, 'dataset4a.csv', ALL_COLUMNS),
    ...loadFebrl(folder, 'dataset3.csv', ALL_COLUMNS),
  ];
  const indexLatency = SIZES.map(({ size, queries }) => {
    const result = measureIndexLatency(latencyFixture(source, size, queries));
    log(`index latency with ${size} records done`);
    return result;
  });

  // fuse.js runs last: its large temporary arrays slowed index queries timed after it.
  const baseline = compareOnFebrl4(folder, ALL_COLUMNS, BASELINE_SAMPLE);
  log('fuse.js baseline on Febrl 4 done');
  const latency = SIZES.map(({ size, queries, baselineQueries }, i) => {
    const fuse = measureBaselineLatency(latencyFixture(source, size, queries), baselineQueries);
    log(`fuse.js latency with ${size} records done`);
    return { size, index: indexLatency[i] as IndexLatency, fuse };
  });

  const results = { febrl4, febrl4Crm, febrl3, febrl3Crm, demo, baseline, latency };
  process.stdout.write(`${formatTables(results)}\n\n`);
  process.stdout.write(`${summaryJson(results)}\n`);
}

/** Returns the --febrl folder as an absolute path, or undefined when the option has no value. */
function febrlFolder(argv: string[]): string | undefined {
  const at = argv.indexOf('--febrl');
  if (at < 0) {
    return resolve('../shared/datasets/febrl');
  }
  const value = argv[at + 1];
  return value === undefined || value.startsWith('--') ? undefined : resolve(value);
}

/** Describes what is wrong with the Febrl folder, or returns undefined when it is usable. */
function febrlProblem(folder: string): string | undefined {
  if (!existsSync(folder)) {
    return `Febrl folder ${folder} not found`;
  }
  const missing = missingFebrlFiles(folder);
  return missing.length > 0 ? `Febrl folder ${folder} lacks ${missing.join(', ')}` : undefined;
}

await main(process.argv.slice(2));
