import { describe, expect, it } from 'vitest';
import {
  editDistance,
  jaro,
  jaroWinkler,
  soundex,
  withinOneEdit,
} from '../../../lib/normalize/index';

describe('jaroWinkler', () => {
  it.each([
    ['martha', 'marhta', 0.9611],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.8133],
  ])('%s vs %s is %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it('is 1 for equal strings', () => {
    expect(jaroWinkler('smith', 'smith')).toBe(1);
  });

  it('is 0 with nothing in common', () => {
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('is 0 against an empty string', () => {
    expect(jaroWinkler('abc', '')).toBe(0);
  });

  it('handles strings longer than 64 characters', () => {
    const long = 'a'.repeat(100);
    expect(jaroWinkler(long, `${long}b`)).toBeGreaterThan(0.99);
  });
});

describe('jaro', () => {
  it('gives no prefix bonus', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 3);
  });
});

describe('soundex', () => {
  it.each([
    ['Robert', 'R163'],
    ['Rupert', 'R163'],
    ['Ashcraft', 'A261'],
    ['Tymczak', 'T522'],
    ['Pfister', 'P236'],
    ['Honeyman', 'H555'],
    ['Lee', 'L000'],
  ])('%s is %s', (word, code) => {
    expect(soundex(word)).toBe(code);
  });

  it('returns empty for no letters', () => {
    expect(soundex('123')).toBe('');
  });
});

describe('editDistance', () => {
  it('counts substitutions, insertions and deletions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('2193', '2139')).toBe(1);
  });

  it('stops past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['4223', '4223', true],
    ['4223', '4224', true],
    ['4223', '2423', true],
    ['4223', '423', true],
    ['423', '4223', true],
    ['4223', '4332', false],
    ['4223', '42', false],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});
