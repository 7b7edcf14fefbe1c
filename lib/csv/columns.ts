import type { MatchFields } from '../match/types';

export type MatchField = keyof MatchFields;

export const MATCH_FIELDS: readonly MatchField[] = [
  'name',
  'given_name',
  'surname',
  'company',
  'email',
  'phone',
  'country',
  'address',
  'postcode',
  'city',
  'date_of_birth',
  'id',
];

/** Match field to the CSV columns whose values are joined (with `, `) to fill it. */
export type ColumnMap = Partial<Record<MatchField, string[]>>;

/** Febrl columns that have no match field of the same name. */
export const FEBRL_COLUMNS: ColumnMap = {
  address: ['street_number', 'address_1', 'address_2'],
  city: ['suburb'],
  id: ['soc_sec_id'],
};

/** A column map checked against a header: match field to column positions. */
export type ResolvedColumns = Partial<Record<MatchField, number[]>>;

/** A `--map` value or header that does not fit the file. */
export class ColumnError extends Error {}

/**
 * Parses `--map field=column,...`, where `+` joins several columns into one field, as in
 * `address=street_number+address_1`.
 */
export function parseColumnMap(text: string): ColumnMap {
  const map: ColumnMap = {};
  for (const entry of text.split(',').filter((part) => part.trim() !== '')) {
    const [field, columns] = entry.split('=').map((part) => part.trim());
    if (!field || !columns) {
      throw new ColumnError(`--map entry "${entry}" is not field=column`);
    }
    if (!MATCH_FIELDS.includes(field as MatchField)) {
      throw new ColumnError(`--map field "${field}" is not one of: ${MATCH_FIELDS.join(', ')}`);
    }
    map[field as MatchField] = columns.split('+').map((column) => column.trim());
  }
  return map;
}

/**
 * Resolves which columns fill each match field: `--map` entries first, then (unless
 * `mappedOnly`) columns named like a match field, then the Febrl columns. Throws ColumnError
 * for a mapped column that the header lacks.
 */
export function resolveColumns(
  header: string[],
  map: ColumnMap,
  source: string,
  mappedOnly = false,
): ResolvedColumns {
  const resolved: ResolvedColumns = {};
  const positionOf = (column: string) => header.indexOf(column);

  for (const field of MATCH_FIELDS) {
    const explicit = map[field];
    if (explicit) {
      resolved[field] = explicit.map((column) => {
        const at = positionOf(column);
        if (at < 0) {
          throw new ColumnError(
            `${source}: --map ${field}=${column}: no column "${column}" in the header (${header.join(', ')})`,
          );
        }
        return at;
      });
      continue;
    }
    if (mappedOnly) {
      continue;
    }

    const defaults = positionOf(field) >= 0 ? [field] : (FEBRL_COLUMNS[field] ?? []);
    const positions = defaults.map(positionOf).filter((at) => at >= 0);
    if (positions.length > 0) {
      resolved[field] = positions;
    }
  }
  return resolved;
}

/** Builds match fields from one row; empty values are left out. */
export function fieldsFromRow(cells: string[], columns: ResolvedColumns): MatchFields {
  const fields: MatchFields = {};
  for (const [field, positions] of Object.entries(columns)) {
    const value = positions
      .map((at) => cells[at]?.trim() ?? '')
      .filter((part) => part !== '')
      .join(', ');
    if (value !== '') {
      fields[field as MatchField] = value;
    }
  }
  return fields;
}
