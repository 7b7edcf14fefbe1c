import { findSystem } from '../config/lookup';
import type { Workspace } from '../config/schema';
import { CandidateIndex } from '../match/candidate-index';
import type { IndexedRecord } from '../match/types';
import type { CountryCode } from '../normalize/index';
import type { PartyIndex } from './resolve';

const DATE_ORDER = { iso: undefined, us: 'mdy', eu: 'dmy' } as const;

/**
 * Builds the candidate index over cached customers, with each system's phone region and date
 * order and the workspace's match thresholds.
 */
export function createPartyIndex(records: IndexedRecord[], workspace: Workspace): PartyIndex {
  const index = new CandidateIndex({
    defaultRegion: (system) =>
      findSystem(workspace, system)?.defaultRegion as CountryCode | undefined,
    dateOrder: (system) => {
      const format = findSystem(workspace, system)?.dateFormat;
      return format ? DATE_ORDER[format] : undefined;
    },
    thresholds: workspace.matchThresholds,
  });
  for (const record of records) index.add(record);
  return {
    query: (fields, options) => index.query(fields, options),
  };
}
