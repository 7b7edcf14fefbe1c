import { describe, expect, it } from 'vitest';
import { scorePair } from '../../../lib/match/index';

describe('scorePair', () => {
  it('matches François Müller with Francois Muller on name alone', () => {
    const result = scorePair({ name: 'François Müller' }, { name: 'Francois Muller' });
    expect(result.reasons).toContain('same name');
  });

  it('treats Jane.Doe@Example.com and jane.doe@example.com as one email', () => {
    const result = scorePair({ email: 'Jane.Doe@Example.com' }, { email: 'jane.doe@example.com' });
    expect(result.reasons).toEqual(['same email']);
  });

  it('auto-links on a same email and name', () => {
    const result = scorePair(
      { name: 'Jane Doe', email: 'Jane.Doe@Example.com' },
      { given_name: 'jane', surname: 'doe', email: 'jane.doe@example.com' },
    );
    expect(result.decision).toBe('match');
  });

  it('auto-links on a same phone across formats', () => {
    const result = scorePair(
      { name: 'Bill Smith', phone: '0412 345 678', postcode: '2000' },
      { name: 'William Smith', phone: '+61 412 345 678', postcode: '2000' },
      { region: 'AU' },
    );
    expect(result.decision).toBe('match');
  });

  it('auto-links on a same reference id', () => {
    const result = scorePair(
      { name: 'Jane Doe', id: 'CUST-1042', postcode: '2000' },
      { name: 'Jane Doe', id: 'cust1042', postcode: '2000' },
    );
    expect(result.decision).toBe('match');
  });

  it('only suggests a pair without exact-key evidence', () => {
    const jane = { name: 'Jane Doe', address: '12 Smith Street', postcode: '2000', city: 'Sydney' };
    const result = scorePair(jane, { ...jane, address: '12 Smith St' });
    expect(result.score).toBeGreaterThan(0.99);
    expect(result.decision).toBe('possible');
  });

  it('does not auto-link on a shared email alone', () => {
    const result = scorePair(
      { name: 'Jane Doe', email: 'office@example.com' },
      { name: 'Raj Patel', email: 'office@example.com' },
    );
    expect(result.decision).not.toBe('match');
  });

  it('rejects different people', () => {
    const result = scorePair(
      { name: 'Jane Doe', email: 'jane@example.com', postcode: '2000' },
      { name: 'Raj Patel', email: 'raj@example.org', postcode: '3000' },
    );
    expect(result.decision).toBe('no-match');
  });

  it('keeps Bank of the West apart from Bank of the East', () => {
    const result = scorePair({ company: 'Bank of the West' }, { company: 'Bank of the East' });
    expect(result.decision).toBe('no-match');
  });

  it('reports a differing postcode', () => {
    const result = scorePair(
      { name: 'Jane Doe', postcode: '2000' },
      { name: 'Jane Doe', postcode: '3999' },
    );
    expect(result.reasons).toContain('postcode differs');
  });

  it('reports a partial name similarity with two decimals', () => {
    const result = scorePair({ name: 'Jonathon Smith' }, { name: 'Jonathan Smith' });
    expect(result.reasons[0]).toMatch(/^name 0\.\d\d$/);
  });

  it('reports an invalid phone with its reason', () => {
    const result = scorePair(
      { name: 'Jane Doe', phone: '(02) 9999 999' },
      { name: 'Jane Doe' },
      { region: 'AU' },
    );
    expect(result.reasons).toContain('phone invalid: not a valid number for AU');
  });

  it('matches nicknames as the same name', () => {
    const result = scorePair({ name: 'Dr. Bob Smith' }, { name: 'Smith, Robert' });
    expect(result.reasons).toEqual(['same name']);
  });

  it('matches given name and surname entered in swapped fields', () => {
    const result = scorePair(
      { given_name: 'nguyen', surname: 'sophie', postcode: '2550' },
      { given_name: 'sophie', surname: 'nguyen', postcode: '2550' },
    );
    expect(result.decision).toBe('possible');
  });

  it('reads dates in the requested order', () => {
    const result = scorePair(
      { name: 'Jane Doe', date_of_birth: '03/04/1980' },
      { name: 'Jane Doe', date_of_birth: '1980-03-04' },
      { dateOrder: 'mdy' },
    );
    expect(result.reasons).toContain('same date of birth');
  });

  it('keeps scores within 0 and 1', () => {
    const result = scorePair(
      { name: 'A B', id: '1', email: 'a@b.co' },
      { name: 'A B', id: '1', email: 'a@b.co' },
    );
    expect(result.score).toBeLessThanOrEqual(1);
  });
});
