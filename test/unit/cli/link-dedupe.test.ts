import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from './run-cli';

const CRM = `id_col,first_name,last_name,email,street
c1,Jane,Doe,Jane.Doe@Example.com,"12 Smith Street, Unit 4"
c2,Raj,Patel,raj@example.org,1 King Pl
`;
const BOOKS = `rec_id,given_name,surname,email,address
b1,Jane,Doe,jane.doe@example.com,4/12 Smith St
b2,Wei,Chen,wei@example.net,9 Hill Dr
`;
const MAP = '--map=given_name=first_name,surname=last_name,address=street';

describe('match link', () => {
  it('names a key column missing from one file', () => {
    const result = runCli([
      'link',
      writeTemp('crm.csv', CRM),
      writeTemp('books.csv', BOOKS),
      MAP,
      '--map-b=',
      '--key-column=id_col',
    ]);
    expect(result.stderr).toContain('books.csv: --key-column id_col: no such column');
  });

  it('keys records by line number without a key column', () => {
    const result = runCli([
      'link',
      writeTemp('crm.csv', CRM),
      writeTemp('books.csv', BOOKS),
      MAP,
      '--map-b=',
    ]);
    expect(result.stdout.split('\n')[1]?.startsWith('2,b1,')).toBe(true);
  });

  it('prints csv pairs with reasons', () => {
    const result = runCli([
      'link',
      writeTemp('crm.csv', CRM),
      writeTemp('books.csv', BOOKS),
      MAP,
      '--map-b=',
    ]);
    expect(result.stdout.split('\n')[1]).toBe(
      '2,b1,1.0000,match,same name; same email; same address',
    );
  });

  it('prints jsonl pairs', () => {
    const result = runCli([
      'link',
      writeTemp('crm.csv', CRM),
      writeTemp('books.csv', BOOKS),
      MAP,
      '--map-b=',
      '--format',
      'jsonl',
    ]);
    expect(JSON.parse(result.stdout.split('\n')[0] ?? '')).toMatchObject({
      a: '2',
      b: 'b1',
      decision: 'match',
    });
  });

  it('rejects a row with missing cells', () => {
    const result = runCli([
      'link',
      writeTemp('crm.csv', `${CRM}c3,Only\n`),
      writeTemp('books.csv', BOOKS),
      MAP,
    ]);
    expect(result.stderr).toContain(
      'line 4: expected 5 cells as in the header, got 2 (missing "last_name", "email", "street")',
    );
  });

  it('exits with 2 on a malformed row', () => {
    const result = runCli([
      'link',
      writeTemp('crm.csv', `${CRM}c3,Only\n`),
      writeTemp('books.csv', BOOKS),
      MAP,
    ]);
    expect(result.status).toBe(2);
  });

  it('names a mapped column missing from the header', () => {
    const result = runCli(['dedupe', writeTemp('crm.csv', CRM), '--map=surname=family_name']);
    expect(result.stderr).toContain('--map surname=family_name: no column "family_name"');
  });

  it('rejects an unterminated quote with its line', () => {
    const result = runCli(['dedupe', writeTemp('bad.csv', 'name,email\n1,"open\n')]);
    expect(result.stderr).toContain('line 2: unterminated quoted field');
  });

  it('rejects --min-score outside 0 to 1', () => {
    const result = runCli(['dedupe', writeTemp('crm.csv', CRM), '--min-score', '7']);
    expect(result.stderr).toContain('option --min-score must be a number from 0 to 1, got "7"');
  });
});

describe('match dedupe', () => {
  it('reads Febrl columns without a map', () => {
    const febrl = `rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id
rec-1-org, michaela, neumann, 8, stanley street, miami, winston hills, 4223, nsw, 19151111, 5304218
rec-1-dup-0, michaela, neumann, 8, stanley st, miami, winston hills, 4223, nsw, 19151111, 5304218
rec-2-org, courtney, painter, 12, pinkerton circuit, bega flats, richlands, 4560, vic, 19161214, 4066625
`;
    const result = runCli(['dedupe', writeTemp('febrl.csv', febrl), '--format', 'jsonl']);
    expect(JSON.parse(result.stdout.trim())).toMatchObject({
      a: 'rec-1-org',
      b: 'rec-1-dup-0',
      decision: 'match',
    });
  });
});

describe('match --help', () => {
  it('documents every option', () => {
    const help = runCli(['--help']).stdout;
    const options = [
      '--map',
      '--map-b',
      '--key-column',
      '--min-score',
      '--limit',
      '--candidates',
      '--one-to-one',
      '--transitive',
      '--region',
      '--region-b',
      '--date-order',
      '--format',
      '--out',
    ];
    expect(options.filter((option) => !help.includes(`  ${option} `))).toEqual([]);
  });

  it('rejects an unknown command with code 2', () => {
    expect(runCli(['merge']).status).toBe(2);
  });
});
