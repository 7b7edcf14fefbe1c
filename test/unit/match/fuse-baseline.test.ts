import { describe, expect, it } from 'vitest';
import { FuseBaseline } from '../../../lib/match/index';
import { makePeople } from './fixtures';

describe('FuseBaseline', () => {
  it('finds a name after a long text', () => {
    const records = makePeople(50);
    const prefix = 'Customer since 2019, prefers phone calls after lunch, referred by a neighbour:';
    records.push({
      key: 'crm:note',
      system: 'crm',
      fields: { name: `${prefix} Katherine Oyelaran` },
    });
    expect(new FuseBaseline(records).topHit({ name: 'Katherine Oyelaran' })?.key).toBe('crm:note');
  });

  it('finds a query longer than 32 characters', () => {
    const records = makePeople(50);
    records.push({
      key: 'crm:co',
      system: 'crm',
      fields: { company: 'Northern Rivers Plumbing and Gas Fitting Pty Ltd' },
    });
    const hit = new FuseBaseline(records).topHit({
      company: 'Northern Rivers Plumbing and Gas Fitting Pty Ltd',
    });
    expect(hit?.key).toBe('crm:co');
  });

  it('returns nothing for an empty query', () => {
    expect(new FuseBaseline(makePeople(5)).topHit({})).toBeUndefined();
  });
});
