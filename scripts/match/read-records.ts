import { readFileSync } from 'node:fs';
import type { MatchFields } from '../../lib/match/types';
import type { ColumnMap } from '../../lib/csv/columns';
import { ColumnError, fieldsFromRow, resolveColumns } from '../../lib/csv/columns';
import { CsvError, parseCsv } from '../../lib/csv/parse';
import { InputError } from './errors';

/** One CSV record: its output key and its match fields. */
export interface CsvRecord {
  key: string;
  fields: MatchFields;
}

/** Reads a file as UTF-8 text, turning a missing or unreadable file into an InputError. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError(`${path}: cannot read the file (${code})`);
  }
}

/**
 * Reads a CSV file with a header row into records. Every row must have as many cells as the
 * header, and record keys must be unique; otherwise an InputError names the line and column.
 */
export function readCsvRecords(path: string, map: ColumnMap, keyColumn?: string): CsvRecord[] {
  const rows = parseRows(path);
  const header = rows[0]?.cells;
  if (!header) {
    throw new InputError(`${path}: the file is empty; expected a header row`);
  }

  const columns = resolveOrThrow(header, map, path);
  const keyAt = findKeyColumn(header, keyColumn, path);
  const seen = new Map<string, number>();

  return rows.slice(1).map(({ line, cells }) => {
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
    return { key, fields: fieldsFromRow(cells, columns) };
  });
}

function parseRows(path: string) {
  try {
    return parseCsv(readText(path));
  } catch (error) {
    if (error instanceof CsvError) {
      throw new InputError(`${path}: ${error.message}`);
    }
    throw error;
  }
}

function resolveOrThrow(header: string[], map: ColumnMap, path: string) {
  try {
    return resolveColumns(header, map, path);
  } catch (error) {
    if (error instanceof ColumnError) {
      throw new InputError(error.message);
    }
    throw error;
  }
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
