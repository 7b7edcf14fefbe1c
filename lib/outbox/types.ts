import type { ItemState } from '../views';

/** One user decision: "set this record and everything matched to it to `canonical`". */
export interface OutboxBatch {
  id: string;
  canonical: string;
  sourceKey: string;
  createdAt: number;
  /** Set on a batch that reverts another one. */
  undoOf?: string;
}

/** One write to one record; its id doubles as the idempotency key sent to the app. */
export interface OutboxItem {
  id: string;
  batchId: string;
  recordKey: string;
  system: string;
  type: string;
  /** API id of the target record. */
  recordId: string;
  title: string;
  /** The app's own value for the batch's canonical status. */
  target: string;
  /** The value the user saw when deciding; a different remote value means a conflict. */
  expected: string;
  state: ItemState;
  attempts: number;
  /** Epoch ms before which the runner leaves the item alone (backoff, Retry-After). */
  notBefore: number;
  /** Plain-words outcome or last error. */
  message: string;
  /** Set before a write is sent, so a later attempt can tell that a write may already have landed. */
  writeSent: boolean;
  /** Write even though the remote value differs from `expected` (the user chose "apply anyway"). */
  force: boolean;
  /** The record's value just before this item wrote it; undo restores it. */
  previous?: string;
  /** Remote value found when the item became a conflict. */
  remoteValue?: string;
  updatedAt: number;
}
