import type { CountryCode, DateOrder } from '../lib/normalize/index';
import { toCountryCode } from '../lib/normalize/index';
import type { ParsedArgs } from './match/args';
import { choiceOption, integerOption, numberOption, parseArgs } from './match/args';
import { parseColumnMap } from '../lib/csv/columns';
import type { ColumnMap } from '../lib/csv/columns';
import { InputError } from './match/errors';
import { HELP } from './match/help';
import type { MatchSettings } from './match/link-dedupe';
import { dedupeRecords, linkRecords } from './match/link-dedupe';
import type { OutputFormat, PairRow } from './match/output';
import { openOutput, writeChunk, writePairs } from './match/output';
import { scorePairsFile } from './match/pairs';
import { readCsvRecords, readText } from './match/read-records';

/** Default --candidates: this many per listed candidate (--limit), and at least MIN_CANDIDATES. */
const CANDIDATES_PER_LISTED = 4;
const MIN_CANDIDATES = 20;
const MAX_CANDIDATES = 5000;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (args.flags.has('--help')) {
    process.stdout.write(HELP);
    return;
  }

  switch (args.command) {
    case 'link':
      return runLink(args);
    case 'dedupe':
      return runDedupe(args);
    case 'pairs':
      return runPairs(args);
    case undefined:
      throw new InputError('missing command: expected link, dedupe or pairs; see --help');
    default:
      throw new InputError(
        `unknown command "${args.command}": expected link, dedupe or pairs; see --help`,
      );
  }
}

async function runLink(args: ParsedArgs): Promise<void> {
  const [pathA = '', pathB = ''] = expectFiles(args, 2, 'link A.csv B.csv');
  const map = readMap(args, '--map');
  const mapOptionB = args.values.has('--map-b') ? '--map-b' : '--map';
  const mapB = readMap(args, mapOptionB);
  const keyColumn = args.values.get('--key-column');
  const settings = readSettings(args);
  const format = readFormat(args);

  const a = readCsvRecords(pathA, map, keyColumn, '--map');
  const b = readCsvRecords(pathB, mapB, keyColumn, mapOptionB);
  const rows = linkRecords(a, b, settings, args.flags.has('--one-to-one'));
  await writeRows(args, format, rows);
}

async function runDedupe(args: ParsedArgs): Promise<void> {
  const [path = ''] = expectFiles(args, 1, 'dedupe FILE.csv');
  const settings = readSettings(args);
  const format = readFormat(args);
  const records = readCsvRecords(path, readMap(args, '--map'), args.values.get('--key-column'));
  const rows = dedupeRecords(records, settings, args.flags.has('--transitive'));
  await writeRows(args, format, rows);
}

function readFormat(args: ParsedArgs): OutputFormat {
  return choiceOption(args, '--format', ['csv', 'jsonl'], 'csv');
}

/** Streams rows to --out or standard output as they are produced. */
async function writeRows(
  args: ParsedArgs,
  format: OutputFormat,
  rows: Iterable<PairRow>,
): Promise<void> {
  const output = openOutput(args.values.get('--out'));
  await writePairs(rows, format, output.stream);
  await output.close();
}

async function runPairs(args: ParsedArgs): Promise<void> {
  const [path = ''] = expectFiles(args, 1, 'pairs FILE.json');
  const settings = readSettings(args);
  const warn = (message: string) => process.stderr.write(`${message}\n`);
  const results = scorePairsFile(
    path,
    readText(path),
    { region: settings.regionA, dateOrder: settings.dateOrder },
    warn,
  );

  const text = results.map((result) => `${JSON.stringify(result)}\n`).join('');
  const output = openOutput(args.values.get('--out'));
  await writeChunk(output.stream, text);
  await output.close();
}

function expectFiles(args: ParsedArgs, count: number, usage: string): string[] {
  if (args.files.length !== count) {
    throw new InputError(
      `${args.command} needs ${count} file${count > 1 ? 's' : ''} (${usage}), got ${args.files.length}`,
    );
  }
  return args.files;
}

function readMap(args: ParsedArgs, option: string): ColumnMap {
  try {
    return parseColumnMap(args.values.get(option) ?? '');
  } catch (error) {
    throw new InputError((error as Error).message.replace('--map', option));
  }
}

function readSettings(args: ParsedArgs): MatchSettings {
  const regionA = readRegion(args, '--region');
  const limit = numberOption(args, '--limit', 5, 1, 1000);
  return {
    regionA,
    regionB: args.values.has('--region-b') ? readRegion(args, '--region-b') : regionA,
    dateOrder: args.values.has('--date-order')
      ? choiceOption<DateOrder>(args, '--date-order', ['dmy', 'mdy'], 'dmy')
      : undefined,
    minScore: numberOption(args, '--min-score', 0.5, 0, 1),
    limit,
    candidates: readCandidates(args, limit),
  };
}

/**
 * Reads --candidates, the records scored per query. The default grows with --limit and is
 * small enough that a record in a large cluster of near copies costs about as much as any
 * other, so a run takes time roughly in proportion to the number of records.
 */
function readCandidates(args: ParsedArgs, limit: number): number {
  const fallback = Math.max(MIN_CANDIDATES, CANDIDATES_PER_LISTED * Math.ceil(limit));
  const candidates = integerOption(args, '--candidates', fallback, 1, MAX_CANDIDATES);
  if (candidates < limit) {
    throw new InputError(
      `option --candidates must be at least --limit (${limit}), got ${candidates}; raise --candidates or lower --limit`,
    );
  }
  return candidates;
}

function readRegion(args: ParsedArgs, option: string): CountryCode | undefined {
  const text = args.values.get(option);
  if (text === undefined) {
    return undefined;
  }
  const region = toCountryCode(text);
  if (!region) {
    throw new InputError(
      `option ${option} must be a two-letter country code such as AU, GB or US, got "${text}"`,
    );
  }
  return region;
}

// A closed pipe (as with `| head`) ends the output early; it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    throw error;
  }
  process.exit(0);
});

main(process.argv.slice(2)).catch((error: unknown) => {
  if (!(error instanceof InputError)) {
    throw error;
  }
  process.stderr.write(`match: ${error.message}\n`);
  process.exitCode = 2;
});
