import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../../lib/csv/parse';

const cells = (text: string) => parseCsv(text).map((row) => row.cells);

describe('parseCsv', () => {
  it('splits rows and fields', () => {
    expect(cells('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps commas inside quotes', () => {
    expect(cells('"x, y",z')).toEqual([['x, y', 'z']]);
  });

  it('unescapes doubled quotes', () => {
    expect(cells('"he said ""hi"""')).toEqual([['he said "hi"']]);
  });

  it('keeps line breaks inside quotes', () => {
    expect(cells('"two\nlines",b')).toEqual([['two\nlines', 'b']]);
  });

  it('reads CRLF line ends', () => {
    expect(cells('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('trims spaces after commas', () => {
    expect(cells('rec_id, given_name\nrec-1-org, michaela')).toEqual([
      ['rec_id', 'given_name'],
      ['rec-1-org', 'michaela'],
    ]);
  });

  it('keeps empty fields', () => {
    expect(cells('a,,c')).toEqual([['a', '', 'c']]);
  });

  it('skips blank lines', () => {
    expect(cells('a\n\nb\n')).toEqual([['a'], ['b']]);
  });

  it('records the line each row starts on', () => {
    expect(parseCsv('"a\nb",c\nd,e').map((row) => row.line)).toEqual([1, 3]);
  });

  it('strips a byte order mark', () => {
    expect(cells('\ufeffa,b')).toEqual([['a', 'b']]);
  });

  it('throws on an unterminated quote', () => {
    expect(() => parseCsv('a,"b\n1,2')).toThrow(CsvError);
  });

  it('throws on text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow('line 1: unexpected text after closing quote');
  });
});
