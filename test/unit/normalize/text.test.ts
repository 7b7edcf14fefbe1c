import { describe, expect, it } from 'vitest';
import { foldText, wordTokens } from '../../../lib/normalize/index';

describe('foldText', () => {
  it('removes diacritics and case', () => {
    expect(foldText('François Müller')).toBe(foldText('Francois Muller'));
  });

  it('folds to lower-case ASCII', () => {
    expect(foldText('François Müller')).toBe('francois muller');
  });

  it('maps letters without a decomposition', () => {
    expect(foldText('Søren Łukasz Straße')).toBe('soren lukasz strasse');
  });

  it('straightens curly quotes', () => {
    expect(foldText('O’Brien “Bob”')).toBe(`o'brien "bob"`);
  });

  it('collapses and trims whitespace', () => {
    expect(foldText('  Jane \t  Doe \n')).toBe('jane doe');
  });
});

describe('wordTokens', () => {
  it('joins apostrophes and splits punctuation', () => {
    expect(wordTokens("o'brien-smith, jr.")).toEqual(['obrien', 'smith', 'jr']);
  });
});
