import { describe, expect, it } from 'vitest';
import { normalizeCompany } from '../../../lib/normalize/index';
import { compareCompanyWords } from '../../../lib/match/similarity';

const canonical = (name: string) => normalizeCompany(name).canonical;

describe('normalizeCompany', () => {
  it.each([
    ['Acme Ltd', 'Acme Limited'],
    ['Acme Pty Ltd', 'ACME Proprietary Limited'],
    ['Acme LLC', 'Acme L.L.C.'],
    ['Acme Inc.', 'Acme Incorporated'],
    ['Acme Corp', 'Acme Corporation'],
    ['Müller GmbH', 'Muller GMBH'],
    ['Smith & Co', 'Smith and Company'],
    ['Smith, Jones & Co.', 'Smith Jones and Company'],
  ])('%s equals %s', (left, right) => {
    expect(canonical(left)).toBe(canonical(right));
  });

  it('keeps the legal form out of the core words', () => {
    expect(normalizeCompany('Acme Pty Ltd').core).toEqual(['acme']);
  });

  it('lists legal forms in order', () => {
    expect(normalizeCompany('Acme Pty Ltd').legalForms).toEqual(['pty', 'ltd']);
  });

  it('keeps a leading legal-form word as a name word', () => {
    expect(normalizeCompany('Co-op Bank').core).toEqual(['co', 'op', 'bank']);
  });

  it('keeps Bank of the West apart from Bank of the East', () => {
    expect(canonical('Bank of the West')).not.toBe(canonical('Bank of the East'));
  });

  it('grades Bank of the West against Bank of the East as differing', () => {
    const west = normalizeCompany('Bank of the West').core;
    const east = normalizeCompany('Bank of the East').core;
    expect(compareCompanyWords(west, east).level).toBe('differs');
  });
});
