import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '../../../lib/normalize/index';

describe('normalizeEmail', () => {
  it('lower-cases the address', () => {
    expect(normalizeEmail('Jane.Doe@Example.com')).toBe(normalizeEmail('jane.doe@example.com'));
  });

  it('trims spaces and a mailto prefix', () => {
    expect(normalizeEmail(' mailto:jane@example.com ')).toBe('jane@example.com');
  });

  it('drops dots in Gmail local parts', () => {
    expect(normalizeEmail('Jane.Doe@gmail.com')).toBe('janedoe@gmail.com');
  });

  it('drops +tags in Gmail local parts', () => {
    expect(normalizeEmail('janedoe+shop@gmail.com')).toBe('janedoe@gmail.com');
  });

  it('maps googlemail.com to gmail.com', () => {
    expect(normalizeEmail('jane.doe@googlemail.com')).toBe('janedoe@gmail.com');
  });

  it('keeps dots for other domains', () => {
    expect(normalizeEmail('jane.doe@example.com')).toBe('jane.doe@example.com');
  });

  it('keeps +tags for other domains', () => {
    expect(normalizeEmail('jane+shop@outlook.com')).toBe('jane+shop@outlook.com');
  });

  it('rejects text without a domain', () => {
    expect(normalizeEmail('jane.doe')).toBeUndefined();
  });
});
