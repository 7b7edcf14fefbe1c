import { ColumnError, fieldsFromRow, resolveColumns, type ColumnMap } from '../csv/columns';
import { CsvError, parseCsv } from '../csv/parse';
import type { MatchFields } from '../match/types';

/** One app's export: the customer records of one system and record type. */
export interface PilotDataset {
  system: string;
  type: string;
  records: { id: string; fields: MatchFields }[];
}

/**
 * Reads one CSV export with a header row. `idColumn` names the column with the app's record id;
 * match fields come from columns named like them (`given_name`, `email`, ...) or from `map`.
 * Throws an Error naming the file, line and column of the first problem.
 */
export function readPilotCsv(
  text: string,
  source: { system: string; type: string; fileName: string; idColumn: string; map?: ColumnMap },
): PilotDataset {
  const rows = parseRowsOrThrow(text, source.fileName);
  const [header, ...body] = rows;
  if (!header)
    throw new Error(`${source.fileName}: the file is empty; export it again with a header row`);

  const idAt = header.cells.indexOf(source.idColumn);
  if (idAt < 0) {
    throw new Error(
      `${source.fileName}: no "${source.idColumn}" column in the header (${header.cells.join(', ')}); name the id column`,
    );
  }
  const columns = resolveOrThrow(header.cells, source);
  // The app's own record id is not a shared reference number: ids from two apps can collide.
  if (!source.map?.id && columns.id?.includes(idAt)) delete columns.id;
  const seen = new Set<string>();
  const records = body.map((row) => {
    const id = row.cells[idAt]?.trim() ?? '';
    if (!id)
      throw new Error(
        `${source.fileName}: line ${row.line}: the ${source.idColumn} column is empty`,
      );
    if (seen.has(id))
      throw new Error(`${source.fileName}: line ${row.line}: id ${id} appears twice`);
    seen.add(id);
    return { id, fields: fieldsFromRow(row.cells, columns) };
  });
  return { system: source.system, type: source.type, records };
}

function parseRowsOrThrow(text: string, fileName: string) {
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new Error(`${fileName}: ${error.message}`);
    throw error;
  }
}

function resolveOrThrow(header: string[], source: { fileName: string; map?: ColumnMap }) {
  try {
    return resolveColumns(header, source.map ?? {}, source.fileName);
  } catch (error) {
    if (error instanceof ColumnError) throw new Error(error.message);
    throw error;
  }
}
