import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from './run-cli';

const PAIRS = [
  {
    a: { name: 'François Müller', email: 'Jane.Doe@Example.com' },
    b: { given_name: 'francois', surname: 'muller', email: 'jane.doe@example.com' },
    note: 'ignored',
  },
  { a: { company: 'Bank of the West' }, b: { company: 'Bank of the East' } },
];

function runPairs(content: unknown, ...options: string[]) {
  const path = writeTemp(
    'pairs.json',
    typeof content === 'string' ? content : JSON.stringify(content),
  );
  return { path, ...runCli(['pairs', path, ...options]) };
}

describe('match pairs', () => {
  it('prints one JSON line per pair', () => {
    const lines = runPairs(PAIRS).stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
  });

  it('prints index, score, decision and reasons', () => {
    const first = JSON.parse(runPairs(PAIRS).stdout.split('\n')[0] ?? '');
    expect(Object.keys(first)).toEqual(['index', 'score', 'decision', 'reasons']);
  });

  it('auto-links a pair with the same email', () => {
    const first = JSON.parse(runPairs(PAIRS).stdout.split('\n')[0] ?? '');
    expect(first.decision).toBe('match');
  });

  it('explains the first pair', () => {
    const first = JSON.parse(runPairs(PAIRS).stdout.split('\n')[0] ?? '');
    expect(first.reasons).toEqual(['same name', 'same email']);
  });

  it('rejects the second pair', () => {
    const second = JSON.parse(runPairs(PAIRS).stdout.split('\n')[1] ?? '');
    expect(second).toMatchObject({ index: 1, decision: 'no-match' });
  });

  it('exits with 0 on success', () => {
    expect(runPairs(PAIRS).status).toBe(0);
  });

  it('uses --region for national phone numbers', () => {
    const pairs = [
      { a: { name: 'Jo Li', phone: '0412 345 678' }, b: { name: 'Jo Li', phone: '+61412345678' } },
    ];
    const result = JSON.parse(runPairs(pairs, '--region', 'AU').stdout);
    expect(result.reasons).toContain('same phone');
  });

  it('warns about unknown record fields', () => {
    expect(runPairs([{ a: { nmae: 'Jo' }, b: {} }]).stderr).toContain(
      'index 0: "a": unknown field "nmae"',
    );
  });
});

describe('match pairs with malformed input', () => {
  it('exits with 2 on invalid JSON', () => {
    expect(runPairs('[{"a": ').status).toBe(2);
  });

  it('names the file for invalid JSON', () => {
    const { path, stderr } = runPairs('[{"a": ');
    expect(stderr).toContain(`${path}: invalid JSON`);
  });

  it('rejects a top-level object', () => {
    expect(runPairs({ a: {}, b: {} }).stderr).toContain('expected a JSON array');
  });

  it('names the index and field of a non-string value', () => {
    const { stderr } = runPairs([PAIRS[0], { a: { email: 5 }, b: {} }]);
    expect(stderr).toContain(
      'index 1: "a": field "email" must be a string or null, got a number (5)',
    );
  });

  it('exits with 2 on a non-string value', () => {
    expect(runPairs([{ a: { email: 5 }, b: {} }]).status).toBe(2);
  });

  it('names the index of a missing record', () => {
    expect(runPairs([{ a: {} }]).stderr).toContain('index 0: "b" is missing');
  });

  it('names the index of an entry that is not an object', () => {
    expect(runPairs([PAIRS[0], 'text']).stderr).toContain(
      'index 1: expected an object with "a" and "b"',
    );
  });

  it('prints nothing on stdout for a malformed file', () => {
    expect(runPairs([PAIRS[0], { a: { email: 5 }, b: {} }]).stdout).toBe('');
  });

  it('reports a missing file', () => {
    const result = runCli(['pairs', '/nonexistent/pairs.json']);
    expect(result.stderr).toContain('/nonexistent/pairs.json: cannot read the file (ENOENT)');
  });
});
