import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { MatchFields } from '../../lib/match/types';
import type { ColumnMap, ResolvedColumns } from '../../lib/csv/columns';
import { ColumnError, MATCH_FIELDS, fieldsFromRow, resolveColumns } from '../../lib/csv/columns';
import type { CsvRow } from '../../lib/csv/parse';
import { CsvError, csvRows } from '../../lib/csv/parse';
import { InputError } from './errors';

/** One CSV record: its output key and its match fields. */
export interface CsvRecord {
  key: string;
  fields: MatchFields;
}

/**
 * Reads a file as UTF-8 text without its byte order mark. Throws InputError naming the file
 * when it is missing or unreadable, or is not UTF-8 text (UTF-16, NUL bytes or invalid bytes).
 */
export function readText(path: string): string {
  const bytes = readBytes(path);
  checkEncoding(path, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      `${path}: line ${firstInvalidLine(bytes)} is not valid UTF-8 (the file may be Latin-1 or Windows-1252); save the file as UTF-8 and try again`,
    );
  }
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError(`${path}: cannot read the file (${code})`);
  }
}

/** Rejects UTF-16 text, which decodes as valid UTF-8 full of NUL characters or as garbage. */
function checkEncoding(path: string, bytes: Buffer): void {
  const bom = bytes.subarray(0, 2).toString('hex');
  if (bom === 'fffe' || bom === 'feff') {
    const [order, mark] = bom === 'fffe' ? ['little-endian', 'FF FE'] : ['big-endian', 'FE FF'];
    throw new InputError(
      `${path}: the file is UTF-16 ${order} (it starts with the byte order mark ${mark}); save the file as UTF-8 and try again`,
    );
  }
  if (bytes.includes(0)) {
    throw new InputError(
      `${path}: the file contains NUL bytes, so it is UTF-16 without a byte order mark or not a text file; save it as UTF-8 text and try again`,
    );
  }
}

/** Returns the 1-based line of the first invalid UTF-8 byte; a line feed byte is always a line end. */
function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const found = bytes.indexOf(0x0a, start);
    const end = found < 0 ? bytes.length : found;
    if (!isUtf8(bytes.subarray(start, end))) {
      return line;
    }
    line++;
    start = end + 1;
  }
  return line;
}

/**
 * Reads a CSV file with a header row into records. Every row must have as many cells as the
 * header, at least one column must fill a match field, and record keys must be unique.
 * Otherwise an InputError names the line and column. `mapOption` is the option that gave
 * `map`, for messages.
 */
export function readCsvRecords(
  path: string,
  map: ColumnMap,
  keyColumn?: string,
  mapOption = '--map',
): CsvRecord[] {
  const rows = readRows(path);
  const header = rows.next().value?.cells;
  if (!header) {
    throw new InputError(`${path}: the file is empty; expected a header row`);
  }

  const columns = resolveOrThrow(header, map, path, mapOption);
  const keyAt = findKeyColumn(header, keyColumn, path);
  const seen = new Map<string, number>();
  const records: CsvRecord[] = [];

  for (const { line, cells } of rows) {
    if (cells.length !== header.length) {
      const missing = header.slice(cells.length).map((name) => `"${name}"`);
      const detail = missing.length > 0 ? `missing ${missing.join(', ')}` : 'extra cells';
      throw new InputError(
        `${path}: line ${line}: expected ${header.length} cells as in the header, got ${cells.length} (${detail})`,
      );
    }

    const key = keyAt >= 0 ? (cells[keyAt] ?? '') : String(line);
    const previous = seen.get(key);
    if (previous !== undefined) {
      throw new InputError(
        `${path}: line ${line}: key "${key}" in column "${header[keyAt]}" repeats line ${previous}`,
      );
    }
    seen.set(key, line);
    records.push({ key, fields: fieldsFromRow(cells, columns) });
  }
  return records;
}

/** Yields the file's CSV rows, turning a parse error into an InputError that names the file. */
function* readRows(path: string): Generator<CsvRow, void> {
  try {
    yield* csvRows(readText(path));
  } catch (error) {
    if (error instanceof CsvError) {
      throw new InputError(`${path}: ${error.message}`);
    }
    throw error;
  }
}

function resolveOrThrow(header: string[], map: ColumnMap, path: string, mapOption: string) {
  let columns: ResolvedColumns;
  try {
    columns = resolveColumns(header, map, path);
  } catch (error) {
    if (error instanceof ColumnError) {
      throw new InputError(error.message.replace('--map', mapOption));
    }
    throw error;
  }

  if (Object.keys(columns).length === 0) {
    throw new InputError(
      `${path}: no column of the header (${header.join(', ')}) fills a match field; name the columns like the fields (${MATCH_FIELDS.join(', ')}) or map them with ${mapOption}, as in ${mapOption} email=Email,surname=LastName`,
    );
  }
  return columns;
}

/** Finds the key column: the named one, else `rec_id`, else `key`; -1 means line numbers. */
function findKeyColumn(header: string[], keyColumn: string | undefined, path: string): number {
  if (keyColumn !== undefined) {
    const at = header.indexOf(keyColumn);
    if (at < 0) {
      throw new InputError(
        `${path}: --key-column ${keyColumn}: no such column in the header (${header.join(', ')})`,
      );
    }
    return at;
  }

  const recIdAt = header.indexOf('rec_id');
  return recIdAt >= 0 ? recIdAt : header.indexOf('key');
}
