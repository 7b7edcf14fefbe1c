import { describe, expect, it } from 'vitest';
import { normalizePostcode, parseAddress } from '../../../lib/normalize/index';

const canonical = (address: string) => parseAddress(address).canonical;

describe('parseAddress', () => {
  it.each([
    ['12 Smith Street', '12 Smith St'],
    ['5 Park Road', '5 Park Rd'],
    ['7 Ocean Avenue', '7 Ocean Ave'],
    ['9 Hill Drive', '9 Hill Dr'],
    ['3 Lake Crescent', '3 Lake Cres'],
    ['1 King Place', '1 King Pl'],
    ['2 Main Boulevard', '2 Main Blvd'],
  ])('%s equals %s', (long, short) => {
    expect(canonical(long)).toBe(canonical(short));
  });

  it('reads "Unit 4, 12 Smith St" as "4/12 Smith Street"', () => {
    expect(canonical('Unit 4, 12 Smith St')).toBe(canonical('4/12 Smith Street'));
  });

  it('writes units as unit/number', () => {
    expect(canonical('Apt 4, 12 Smith St')).toBe('4/12 smith st');
  });

  it('reads a unit after the street', () => {
    expect(parseAddress('12 Smith St Apt 4').unit).toBe('4');
  });

  it('splits the parts of an address', () => {
    expect(parseAddress('8 Stanley Street, Miami')).toEqual({
      unit: '',
      number: '8',
      street: 'stanley st',
      extra: 'miami',
      canonical: '8 stanley st miami',
    });
  });

  it('splits a street type glued to the name', () => {
    expect(parseAddress('177 pridhamstreet').street).toBe('pridham st');
  });

  it('abbreviates directions', () => {
    expect(parseAddress('10 North Terrace').street).toBe('n tce');
  });

  it('keeps a street type that starts the name', () => {
    expect(parseAddress('4 St Kilda Road').street).toBe('st kilda rd');
  });
});

describe('normalizePostcode', () => {
  it('removes spaces and upper-cases', () => {
    expect(normalizePostcode('sw1a 1aa')).toBe('SW1A1AA');
  });

  it('reduces ZIP+4 to the ZIP', () => {
    expect(normalizePostcode('12345-6789')).toBe('12345');
  });

  it('keeps a plain number', () => {
    expect(normalizePostcode(' 2000 ')).toBe('2000');
  });
});
