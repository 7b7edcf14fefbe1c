import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from './run-cli';

const PEOPLE = 'given_name,surname,email\nJo,Li,jo@example.com\nJo,Lee,jo@example.com\n';

/** Writes raw bytes to a fresh temporary file and returns its path. */
function writeBytes(name: string, bytes: Buffer): string {
  const path = writeTemp(name, '');
  writeFileSync(path, bytes);
  return path;
}

describe('match input without match fields', () => {
  it('exits with 2', () => {
    const result = runCli(['dedupe', writeTemp('other.csv', 'foo,bar\n1,2\n3,4\n')]);
    expect(result.status).toBe(2);
  });

  it('names the header and --map', () => {
    const result = runCli(['dedupe', writeTemp('other.csv', 'foo,bar\n1,2\n3,4\n')]);
    expect(result.stderr).toContain('no column of the header (foo, bar) fills a match field');
    expect(result.stderr).toContain('map them with --map');
  });

  it('names --map-b for the second link file', () => {
    const a = writeTemp('a.csv', PEOPLE);
    const b = writeTemp('b.csv', 'foo,bar\n1,2\n');
    const result = runCli(['link', a, b, '--map-b', 'email=email']);
    expect(result.stderr).toContain('--map-b email=email: no column "email"');
  });

  it('names --map-b when nothing maps', () => {
    const a = writeTemp('a.csv', PEOPLE);
    const b = writeTemp('b.csv', 'foo,bar\n1,2\n');
    const result = runCli(['link', a, b, '--map-b=']);
    expect(result.stderr).toContain('map them with --map-b');
  });

  it('prints nothing on stdout', () => {
    const result = runCli(['dedupe', writeTemp('other.csv', 'foo,bar\n1,2\n')]);
    expect(result.stdout).toBe('');
  });
});

describe('match input encodings', () => {
  it('reads JSON with a UTF-8 byte order mark', () => {
    const pairs = JSON.stringify([
      { a: { email: 'jo@example.com' }, b: { email: 'jo@example.com' } },
    ]);
    const path = writeTemp('bom.json', `\ufeff${pairs}`);
    const result = runCli(['pairs', path]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ index: 0, decision: 'match' });
  });

  it('reads CSV with a UTF-8 byte order mark', () => {
    const result = runCli(['dedupe', writeTemp('bom.csv', `\ufeff${PEOPLE}`)]);
    expect(result.stdout.split('\n')[1]).toMatch(/^2,3,/);
  });

  it('rejects Latin-1 text with its line', () => {
    const latin1 = Buffer.from('given_name,surname\nJo,Li\nJosé,García\n', 'latin1');
    const path = writeBytes('latin1.csv', latin1);
    const result = runCli(['dedupe', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path}: line 3 is not valid UTF-8`);
    expect(result.stderr).toContain('save the file as UTF-8');
  });

  it('rejects Latin-1 JSON', () => {
    const json = Buffer.from('[{"a": {"name": "José"}, "b": {"name": "Jose"}}]', 'latin1');
    const path = writeBytes('latin1.json', json);
    const result = runCli(['pairs', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path}: line 1 is not valid UTF-8`);
  });

  it('names UTF-16 little-endian by its byte order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PEOPLE, 'utf16le')]);
    const path = writeBytes('utf16.csv', utf16);
    const result = runCli(['dedupe', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path}: the file is UTF-16 little-endian`);
    expect(result.stderr).toContain('byte order mark FF FE');
  });

  it('names UTF-16 big-endian by its byte order mark', () => {
    const littleEndian = Buffer.from(PEOPLE, 'utf16le');
    const bigEndian = Buffer.from(littleEndian).swap16();
    const path = writeBytes('utf16be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]));
    expect(runCli(['dedupe', path]).stderr).toContain('the file is UTF-16 big-endian');
  });

  it('rejects UTF-16 without a byte order mark', () => {
    const path = writeBytes('utf16.csv', Buffer.from(PEOPLE, 'utf16le'));
    const result = runCli(['dedupe', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('contains NUL bytes');
  });
});
