/** A CSV file that could not be parsed; `line` is 1-based. */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** One parsed row and the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Parses CSV text as RFC 4180 describes it: fields separated by commas, rows by LF or CRLF,
 * and fields in double quotes may contain commas, line breaks and doubled quotes (`""`).
 * Spaces around unquoted fields and around quoted ones are trimmed, because files such as
 * Febrl's put a space after each comma. Blank lines are skipped. Throws CsvError on an unterminated
 * quote or on text after a closing quote.
 */
export function parseCsv(text: string): CsvRow[] {
  return [...csvRows(text)];
}

/**
 * Yields the rows of CSV text one at a time, as `parseCsv` reads them, so a large file is
 * never held as one array of rows. Throws CsvError when it reaches a malformed row.
 */
export function* csvRows(text: string): Generator<CsvRow> {
  let row: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  while (i <= text.length) {
    const field = readField(text, i, line);
    row.push(field.value);
    line += field.lineBreaks;
    i = field.end;

    const separator = text[i];
    if (separator === ',') {
      i++;
      continue;
    }

    if (row.length > 1 || row[0] !== '') {
      yield { line: rowLine, cells: row };
    }
    row = [];
    if (separator === undefined) {
      break;
    }
    i += text.startsWith('\r\n', i) ? 2 : 1;
    line++;
    rowLine = line;
    if (i === text.length) {
      break;
    }
  }
}

interface FieldRead {
  value: string;
  /** Index of the separator after the field, or text.length. */
  end: number;
  lineBreaks: number;
}

function readField(text: string, start: number, line: number): FieldRead {
  let i = start;
  while (text[i] === ' ' || text[i] === '\t') {
    i++;
  }
  if (text[i] !== '"') {
    const end = findUnquotedEnd(text, start);
    return { value: text.slice(start, end).trim(), end, lineBreaks: 0 };
  }
  return readQuotedField(text, i, line);
}

function findUnquotedEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
    i++;
  }
  return i;
}

function readQuotedField(text: string, openQuote: number, line: number): FieldRead {
  let value = '';
  let lineBreaks = 0;
  let i = openQuote + 1;

  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) {
      throw new CsvError('unterminated quoted field', line);
    }
    value += text.slice(i, close);
    lineBreaks += countLineBreaks(text, i, close);
    if (text[close + 1] !== '"') {
      i = close + 1;
      break;
    }
    value += '"';
    i = close + 2;
  }

  while (text[i] === ' ' || text[i] === '\t') {
    i++;
  }
  if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
    throw new CsvError(
      `unexpected text after closing quote: ${JSON.stringify(text.slice(i, i + 10))}`,
      line + lineBreaks,
    );
  }
  return { value, end: i, lineBreaks };
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '\n') {
      count++;
    }
  }
  return count;
}
