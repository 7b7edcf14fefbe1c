import type { IndexedRecord } from '../../../lib/match/types';

const GIVEN = ['olivia', 'liam', 'ava', 'noah', 'mia', 'lucas', 'zoe', 'ethan', 'ivy', 'leo'];
const SURNAMES = ['nguyen', 'patel', 'garcia', 'kowalski', 'okafor', 'tanaka', 'silva', 'murphy'];
const STREETS = ['Wattle', 'Banksia', 'Church', 'Harbour', 'Station', 'Ridge', 'Gully', 'Mill'];

/** Builds `count` distinct people, deterministic, for index tests. */
export function makePeople(count: number): IndexedRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `crm:${i}`,
    system: 'crm',
    fields: {
      given_name: GIVEN[i % GIVEN.length],
      surname: `${SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length]}${Math.floor(i / 80)}`,
      address: `${(i % 97) + 1} ${STREETS[i % STREETS.length]} Street`,
      postcode: String(2000 + (i % 150)),
      email: `person${i}@example.com`,
    },
  }));
}
