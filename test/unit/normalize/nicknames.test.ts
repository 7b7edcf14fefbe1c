import { describe, expect, it } from 'vitest';
import { givenNameGroups, sameGivenName } from '../../../lib/normalize/index';

const PAIRS: [string, string][] = [
  ['dave', 'david'],
  ['bill', 'william'],
  ['liz', 'elizabeth'],
  ['bob', 'robert'],
  ['kate', 'katherine'],
  ['jim', 'james'],
  ['mike', 'michael'],
  ['tom', 'thomas'],
  ['chris', 'christopher'],
  ['chris', 'christine'],
  ['alex', 'alexander'],
  ['alex', 'alexandra'],
  ['sam', 'samuel'],
  ['sam', 'samantha'],
  ['matt', 'matthew'],
  ['nick', 'nicholas'],
  ['steve', 'stephen'],
  ['tony', 'anthony'],
  ['pete', 'peter'],
  ['dan', 'daniel'],
  ['ben', 'benjamin'],
  ['joe', 'joseph'],
  ['jen', 'jennifer'],
  ['sue', 'susan'],
  ['meg', 'margaret'],
  ['peggy', 'margaret'],
  ['dick', 'richard'],
  ['ted', 'edward'],
  ['ted', 'theodore'],
];

describe('sameGivenName', () => {
  it.each(PAIRS)('%s is a form of %s', (short, formal) => {
    expect(sameGivenName(short, formal)).toBe(true);
  });

  it('is symmetric', () => {
    expect(sameGivenName('william', 'bill')).toBe(true);
  });

  it('matches two short forms of one name', () => {
    expect(sameGivenName('bill', 'will')).toBe(true);
  });

  it('keeps different formal names apart', () => {
    expect(sameGivenName('christopher', 'christine')).toBe(false);
  });

  it('keeps unrelated names apart', () => {
    expect(sameGivenName('david', 'daniel')).toBe(false);
  });
});

describe('givenNameGroups', () => {
  it('returns a name outside the table as itself', () => {
    expect(givenNameGroups('zephyrine')).toEqual(['zephyrine']);
  });
});
