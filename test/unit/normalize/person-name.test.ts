import { describe, expect, it } from 'vitest';
import { normalizeNamePart, parsePersonName } from '../../../lib/normalize/index';

describe('parsePersonName', () => {
  it('reads "Last, First" as surname then given name', () => {
    expect(parsePersonName('Smith, John')).toEqual({ given: 'john', middle: [], surname: 'smith' });
  });

  it('drops titles', () => {
    for (const title of ['Mr', 'Mrs', 'Ms', 'Dr.', 'Prof', 'Miss']) {
      expect(parsePersonName(`${title} Jane Doe`).given, title).toBe('jane');
    }
  });

  it('moves middle initials out of the given name', () => {
    expect(parsePersonName('Mary J. Smith')).toEqual({
      given: 'mary',
      middle: ['j'],
      surname: 'smith',
    });
  });

  it('drops generational suffixes', () => {
    expect(parsePersonName('Martin Luther King Jr.').surname).toBe('king');
  });

  it('keeps surname particles with the surname', () => {
    expect(parsePersonName('Anna van der Berg').surname).toBe('van der berg');
  });

  it('folds diacritics and case', () => {
    expect(parsePersonName('MÜLLER, François')).toEqual({
      given: 'francois',
      middle: [],
      surname: 'muller',
    });
  });

  it('reads a single word as the given name', () => {
    expect(parsePersonName('Cher')).toEqual({ given: 'cher', middle: [], surname: '' });
  });

  it('returns empty parts for blank text', () => {
    expect(parsePersonName('  ')).toEqual({ given: '', middle: [], surname: '' });
  });
});

describe('normalizeNamePart', () => {
  it('removes curly apostrophes', () => {
    expect(normalizeNamePart('O’Brien')).toBe('obrien');
  });

  it('drops a title and trailing initial', () => {
    expect(normalizeNamePart('Dr. Mary J.')).toBe('mary');
  });

  it('joins hyphenated names', () => {
    expect(normalizeNamePart('Smith-Jones')).toBe('smithjones');
  });
});

describe('parsePersonName with long text', () => {
  it('reads the name at the end of a note', () => {
    const note = 'Called about invoice 4471 for the kitchen, spoke to Katherine Oyelaran';
    expect(parsePersonName(note)).toEqual({ given: 'katherine', middle: [], surname: 'oyelaran' });
  });

  it('keeps a five-word name whole', () => {
    expect(parsePersonName('Anna Maria van der Berg')).toEqual({
      given: 'anna',
      middle: ['maria'],
      surname: 'van der berg',
    });
  });
});
