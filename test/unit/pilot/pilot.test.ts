import { describe, expect, test } from 'vitest';
import { readPilotCsv } from '../../../lib/pilot/dataset';
import { runPilot } from '../../../lib/pilot/run';

const CRM = `id,given_name,surname,email,phone
1,Jane,Doe,Jane.Doe@Example.com,+61 2 9374 4000
2,Bill,Smith,,0412 345 678
3,Jane,Doe,jane.doe@example.com,
4,Ada,Lovelace,ada@example.org,`;

const BOOKS = `Id,name,email
58,"Doe, Jane",jane.doe@example.com
59,William Smith,
60,Grace Hopper,grace@example.org`;

const source = (system: string, idColumn = 'id') => ({
  system,
  type: 'customer',
  fileName: `${system}.csv`,
  idColumn,
});

describe('readPilotCsv', () => {
  test('reads ids and match fields', () => {
    const dataset = readPilotCsv(CRM, source('crm'));
    expect(dataset.records).toHaveLength(4);
    expect(dataset.records[0]).toEqual({
      id: '1',
      fields: {
        given_name: 'Jane',
        surname: 'Doe',
        email: 'Jane.Doe@Example.com',
        phone: '+61 2 9374 4000',
      },
    });
  });

  test('names missing id column', () => {
    expect(() => readPilotCsv(BOOKS, source('books'))).toThrow('books.csv: no "id" column');
  });

  test('names duplicate id and line', () => {
    expect(() => readPilotCsv('id,name\n1,A\n1,B', source('crm'))).toThrow(
      'line 3: id 1 appears twice',
    );
  });

  test('names empty file', () => {
    expect(() => readPilotCsv('', source('crm'))).toThrow('crm.csv: the file is empty');
  });

  test('names broken quoting', () => {
    expect(() => readPilotCsv('id,name\n1,"open', source('crm'))).toThrow(/crm\.csv: line \d/);
  });
});

describe('runPilot', () => {
  const report = runPilot([
    readPilotCsv(CRM, source('crm')),
    readPilotCsv(BOOKS, source('books', 'Id')),
  ]);

  test('links exact email', () => {
    const pair = [...report.links, ...report.suggestions].find((p) =>
      [p.a, p.b].includes('books:customer:58'),
    );
    expect(pair).toBeDefined();
    expect(report.links.some((p) => [p.a, p.b].includes('books:customer:58'))).toBe(true);
  });

  test('does not link strangers', () => {
    const all = [...report.links, ...report.suggestions];
    expect(all.some((p) => [p.a, p.b].includes('books:customer:60'))).toBe(false);
  });

  test('flags duplicate inside one app', () => {
    const duplicate = report.duplicates.find(
      (p) => [p.a, p.b].sort().join() === 'crm:customer:1,crm:customer:3',
    );
    expect(duplicate).toBeDefined();
  });

  test('counts records per app', () => {
    expect(report.counts).toEqual({ crm: 4, books: 3 });
  });
});
