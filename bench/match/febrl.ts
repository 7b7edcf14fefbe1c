import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatchFields } from '../../lib/match/types';
import type { ColumnMap } from '../../lib/csv/columns';
import { fieldsFromRow, resolveColumns } from '../../lib/csv/columns';
import { parseCsv } from '../../lib/csv/parse';

/** One Febrl record with its entity number, taken from `rec-N-org` or `rec-N-dup-K`. */
export interface FebrlRecord {
  key: string;
  entity: string;
  fields: MatchFields;
}

/** Every Febrl column: address from number, street and locality, suburb as city, soc_sec_id as id. */
export const ALL_COLUMNS: ColumnMap = {
  given_name: ['given_name'],
  surname: ['surname'],
  address: ['street_number', 'address_1', 'address_2'],
  city: ['suburb'],
  postcode: ['postcode'],
  date_of_birth: ['date_of_birth'],
  id: ['soc_sec_id'],
};

/** Columns a CRM keeps: names, street number, street, suburb and postcode. */
export const CRM_COLUMNS: ColumnMap = {
  given_name: ['given_name'],
  surname: ['surname'],
  address: ['street_number', 'address_1'],
  city: ['suburb'],
  postcode: ['postcode'],
};

/** Febrl files the benchmark reads: dataset 4 (a and b) for linking, dataset 3 for duplicates. */
export const FEBRL_FILES = ['dataset3.csv', 'dataset4a.csv', 'dataset4b.csv'];

/** Returns the Febrl files missing from `folder`, or an empty list when all are there. */
export function missingFebrlFiles(folder: string): string[] {
  return FEBRL_FILES.filter((file) => !existsSync(join(folder, file)));
}

/** Reads one Febrl CSV file with the given column map. */
export function loadFebrl(folder: string, file: string, columns: ColumnMap): FebrlRecord[] {
  const rows = parseCsv(readFileSync(join(folder, file), 'utf8'));
  const header = rows[0]?.cells ?? [];
  const keyAt = header.indexOf('rec_id');
  if (keyAt < 0) {
    throw new Error(`${file}: no rec_id column in the header`);
  }

  const resolved = resolveColumns(header, columns, file, true);
  return rows.slice(1).map(({ cells, line }) => {
    const key = cells[keyAt] ?? '';
    const entity = /^rec-(\d+)-/.exec(key)?.[1];
    if (entity === undefined) {
      throw new Error(`${file}: line ${line}: rec_id "${key}" is not rec-N-org or rec-N-dup-K`);
    }
    return { key, entity, fields: fieldsFromRow(cells, resolved) };
  });
}
