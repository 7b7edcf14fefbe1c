import type { CachedRecord } from '../records/types';

/** A record's live status as the app returns it. */
export interface RemoteState {
  status: string;
  version?: string;
  record: CachedRecord;
}

export interface WriteOptions {
  current: RemoteState;
  idempotencyKey: string;
}

/** Client for one system's API, as the background uses it. */
export interface Connector {
  /** Reads every record of one type, page by page. */
  listAll(type: string): Promise<CachedRecord[]>;
  /** Reads one record by its API id. */
  read(type: string, id: string): Promise<RemoteState>;
  /** Sets a work record's status; returns the state after the write. */
  writeStatus(type: string, id: string, value: string, options: WriteOptions): Promise<RemoteState>;
  /** Describes the write request for a dry run, for example `PATCH /api/v1/jobs/1 {"status":"x"}`. */
  describeWrite?(type: string, id: string, value: string): string;
}

/**
 * Returns the token for `secretId` when it may be sent to `origin`, the API origin of the
 * connector asking. Secrets come from the background's storage and never leave it.
 */
export type SecretLookup = (secretId: string, origin: string) => Promise<string | undefined>;
