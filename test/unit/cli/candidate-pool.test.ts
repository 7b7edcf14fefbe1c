import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../../lib/match/index';

const PERSON = { given_name: 'michaela', surname: 'neumann', postcode: '4223', id: '5304218' };

/** Builds an index of `count` copies of one person, keyed r0 (oldest) to r{count-1}. */
function copiesIndex(count: number, maxPostingsPerKey?: number): CandidateIndex {
  const index = new CandidateIndex({ maxCandidates: 1000, maxPostingsPerKey });
  for (let at = 0; at < count; at++) {
    index.add({ key: `r${at}`, system: 'a', fields: PERSON });
  }
  return index;
}

describe('CandidateIndex maxPostingsPerKey', () => {
  it('reads every posting by default', () => {
    expect(copiesIndex(50).query(PERSON, { limit: 100 })).toHaveLength(50);
  });

  it('reads the newest postings only', () => {
    const keys = copiesIndex(50, 10)
      .query(PERSON, { limit: 100 })
      .map(({ key }) => key);
    expect(keys.sort()).toEqual([
      'r40',
      'r41',
      'r42',
      'r43',
      'r44',
      'r45',
      'r46',
      'r47',
      'r48',
      'r49',
    ]);
  });

  it('still excludes the query key', () => {
    const keys = copiesIndex(50, 10)
      .query(PERSON, { limit: 100, excludeKey: 'r49' })
      .map(({ key }) => key);
    expect(keys).not.toContain('r49');
    expect(keys).toHaveLength(9);
  });
});
