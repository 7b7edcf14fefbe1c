import type { MatchFields } from '../match/types';

/** One record of one system as the background caches it, built from that system's API. */
export interface CachedRecord {
  /** `system:type:apiId`, unique across the workspace. */
  key: string;
  system: string;
  type: string;
  kind: 'party' | 'work';
  /** The id the API uses. */
  id: string;
  /** The id the record page shows in its URL; differs from `id` in some apps. */
  pageId: string;
  /** Name for a party, title for a work record; page data, shown only as text. */
  title: string;
  fields: MatchFields;
  /** Work records: the key of the customer the record belongs to. */
  partyKey?: string;
  amount?: number;
  /** Work records: the app's own status value. */
  status?: string;
  /** Concurrency token (SyncToken, ETag) when the API has one. */
  version?: string;
  /** Ids this record holds for the same object in other systems: `{ books: 'invoice:130' }`. */
  xrefs: Record<string, string>;
  updatedAt: string;
}

export function recordKey(system: string, type: string, id: string): string {
  return `${system}:${type}:${id}`;
}
