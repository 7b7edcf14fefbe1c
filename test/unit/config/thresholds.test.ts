import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import { createPartyIndex } from '../../../lib/resolve/party-index';

const RECORDS = [
  {
    key: 'crm:contact:1',
    system: 'crm',
    fields: { given_name: 'Olivia', surname: 'Nguyen', email: 'olivia@example.test' },
  },
  {
    key: 'books:customer:9',
    system: 'books',
    fields: { name: 'Olivia Ngyuen', email: 'olivia@example.test' },
  },
];

function decisionWith(thresholds: { match: number; possible: number }) {
  const index = createPartyIndex(RECORDS, { ...DEMO_WORKSPACE, matchThresholds: thresholds });
  const [candidate] = index.query(RECORDS[0]!.fields, {
    systems: ['books'],
    excludeKey: 'crm:contact:1',
  });
  return candidate?.decision;
}

describe('workspace match thresholds', () => {
  test('default thresholds link the pair', () => {
    expect(decisionWith({ match: 0.99, possible: 0.5 })).toBe('match');
  });

  test('high thresholds reject the pair', () => {
    expect(decisionWith({ match: 1, possible: 1 }) ?? 'no-match').toBe('no-match');
  });
});
