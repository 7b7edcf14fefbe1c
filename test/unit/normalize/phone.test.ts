import { describe, expect, it } from 'vitest';
import { normalizePhone, toCountryCode } from '../../../lib/normalize/index';

describe('normalizePhone', () => {
  it('formats an Australian mobile as E.164', () => {
    expect(normalizePhone('0412 345 678', 'AU')).toEqual({
      valid: true,
      e164: '+61412345678',
      country: 'AU',
    });
  });

  it('reads a US number in its region', () => {
    expect(normalizePhone('(650) 253-0000', 'US')).toMatchObject({
      valid: true,
      e164: '+16502530000',
    });
  });

  it('keeps an explicit country code over the region', () => {
    expect(normalizePhone('+44 20 7946 0958', 'AU')).toMatchObject({
      valid: true,
      e164: '+442079460958',
    });
  });

  it('flags a number invalid for its region', () => {
    expect(normalizePhone('(02) 9999 999', 'AU')).toEqual({
      valid: false,
      reason: 'not a valid number for AU',
    });
  });

  it('flags a too-short number with the reason', () => {
    expect(normalizePhone('555-12', 'US')).toEqual({ valid: false, reason: 'too short' });
  });

  it('does not guess a region for a national number', () => {
    expect(normalizePhone('0412 345 678')).toEqual({
      valid: false,
      reason: 'no country code and no default region',
    });
  });

  it('flags text without digits', () => {
    expect(normalizePhone('n/a', 'AU')).toEqual({ valid: false, reason: 'no digits' });
  });
});

describe('toCountryCode', () => {
  it('reads a two-letter code in any case', () => {
    expect(toCountryCode('gb')).toBe('GB');
  });

  it('reads a common English country name', () => {
    expect(toCountryCode('United States')).toBe('US');
  });

  it('returns undefined for an unknown country', () => {
    expect(toCountryCode('Atlantis')).toBeUndefined();
  });
});
