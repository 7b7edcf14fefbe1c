import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../../lib/match/index';
import { prepareRecord } from '../../../lib/match/prepare';
import { makePeople } from './fixtures';

function indexOf(count: number, maxCandidates?: number): CandidateIndex {
  const index = new CandidateIndex({ defaultRegion: () => 'AU', maxCandidates });
  makePeople(count).forEach((record) => index.add(record));
  return index;
}

describe('CandidateIndex', () => {
  it('counts added records', () => {
    expect(indexOf(50).size).toBe(50);
  });

  it('replaces a record with the same key', () => {
    const index = indexOf(5);
    index.add({ key: 'crm:0', system: 'crm', fields: { name: 'Zed Zulu' } });
    expect(index.size).toBe(5);
  });

  it('finds a record from a query with typing errors', () => {
    const index = indexOf(500);
    const [top] = index.query({
      given_name: 'olivai',
      surname: 'nguyen0',
      address: '1 Wattle St',
      postcode: '2000',
    });
    expect(top?.key).toBe('crm:0');
  });

  it('sorts candidates by score, best first', () => {
    const scores = indexOf(500)
      .query({ given_name: 'olivia', postcode: '2000' }, { limit: 20 })
      .map(({ score }) => score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('limits the number of candidates', () => {
    expect(
      indexOf(500).query({ given_name: 'olivia', postcode: '2000' }, { limit: 3 }).length,
    ).toBeLessThanOrEqual(3);
  });

  it('skips the excluded key', () => {
    const index = indexOf(100);
    const candidates = index.query({ email: 'person7@example.com' }, { excludeKey: 'crm:7' });
    expect(candidates.map(({ key }) => key)).not.toContain('crm:7');
  });

  it('returns only the requested systems', () => {
    const index = indexOf(100);
    index.add({ key: 'books:1', system: 'books', fields: { email: 'person7@example.com' } });
    const candidates = index.query({ email: 'person7@example.com' }, { systems: ['books'] });
    expect(candidates.map(({ key }) => key)).toEqual(['books:1']);
  });

  it('forgets removed records', () => {
    const index = indexOf(100);
    index.remove('crm:7');
    expect(index.query({ email: 'person7@example.com' }).map(({ key }) => key)).not.toContain(
      'crm:7',
    );
  });

  it('ignores removing an unknown key', () => {
    const index = indexOf(10);
    index.remove('crm:999');
    expect(index.size).toBe(10);
  });

  it('auto-links on the same email', () => {
    const [top] = indexOf(100).query({
      given_name: 'Olivia',
      surname: 'Nguyen0',
      email: 'PERSON0@example.com',
    });
    expect(top?.decision).toBe('match');
  });

  it('explains each candidate', () => {
    const [top] = indexOf(100).query({ email: 'person3@example.com', postcode: '2003' });
    expect(top?.reasons).toEqual(['same email', 'same postcode']);
  });

  it('blocks to far fewer candidates than the cache', () => {
    const index = indexOf(5000, Number.MAX_SAFE_INTEGER);
    const query = prepareRecord({
      given_name: 'olivia',
      surname: 'nguyen0',
      postcode: '2000',
      address: '1 Wattle Street',
    });
    const slots = index.candidateSlots(query, () => true);
    expect(slots.length).toBeLessThan(index.size / 10);
  });

  it('scores at most maxCandidates records', () => {
    const index = indexOf(5000, 25);
    const query = prepareRecord({ given_name: 'olivia', postcode: '2000' });
    expect(index.candidateSlots(query, () => true).length).toBe(25);
  });

  it('finds a name after a long text', () => {
    const index = indexOf(500);
    index.add({
      key: 'crm:ko',
      system: 'crm',
      fields: { given_name: 'Katherine', surname: 'Oyelaran', postcode: '2480' },
    });
    const note = 'Called about invoice 4471 for the kitchen renovation, spoke to Kate Oyelaran';
    expect(index.query({ name: note })[0]?.key).toBe('crm:ko');
  });

  it('finds a query longer than 32 characters', () => {
    const index = indexOf(100);
    index.add({
      key: 'crm:co',
      system: 'crm',
      fields: { company: 'Northern Rivers Plumbing and Gas Fitting Pty Ltd', postcode: '2480' },
    });
    const [top] = index.query({
      company: 'Northern Rivers Plumbing & Gas Fitting Proprietary Limited',
      postcode: '2480',
    });
    expect(top?.key).toBe('crm:co');
  });
});
