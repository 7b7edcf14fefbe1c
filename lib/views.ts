import type { AdminResponseMap } from './config/admin-messages';
import type { CanonicalStatus, RecordType, Workspace } from './config/schema';
import type { MatchDecision } from './match/types';

/** A record's status in its app's own terms, with the canonical statuses it stands for. */
export interface StatusView {
  value: string;
  label: string;
  /** Empty when the app value has no mapping: shown as unmapped, never guessed. */
  canonical: string[];
}

export interface RecordView {
  key: string;
  system: string;
  systemLabel: string;
  type: string;
  typeLabel: string;
  pageId: string;
  title: string;
  status?: StatusView;
}

/** Kind of evidence behind a match, from strongest to weakest. */
export type MatchSource = 'link' | 'xref' | 'exact' | 'fuzzy';

export interface MatchView {
  record: RecordView;
  source: MatchSource;
  decision: MatchDecision;
  confidence: number;
  reasons: string[];
  /** Record-key pairs a person's "same record" verdict stores; the first pair is the match itself. */
  linkPairs: [string, string][];
}

/** Everything the panel shows for one open record. */
export interface PanelView {
  record: RecordView;
  party?: RecordView;
  matches: MatchView[];
  canonicalStatuses: CanonicalStatus[];
  /** True when the matched records' statuses do not agree. */
  disagreement: boolean;
  /** A status change a person made in the app itself since Lockstep last saw the record. */
  pageEdit?: { from: StatusView; to: StatusView };
  notices: string[];
}

export type ItemState = 'queued' | 'in_flight' | 'done' | 'conflict' | 'needs_review' | 'discarded';

export interface BatchItemView {
  /** Outbox item id; also the idempotency key sent to the app. */
  itemId: string;
  key: string;
  systemLabel: string;
  title: string;
  target: string;
  state: ItemState;
  /** Plain-words outcome: "Set to Work done", "Already Work done", "Changed by someone else". */
  message: string;
  /** Label of the value the record had before, when known. */
  from?: string;
  /** True when this item wrote to the app, false when the record already had the value. */
  wrote: boolean;
  /** Dry runs: the request the app would receive. */
  request?: string;
}

export interface BatchView {
  id: string;
  canonical: string;
  items: BatchItemView[];
  finished: boolean;
  /** True when at least one item wrote and can be reverted. */
  undoable: boolean;
  /** The batch this one reverts, for undo batches. */
  undoOf?: string;
}

export type PushResponse =
  | { status: 'queued'; batch: BatchView }
  | { status: 'needs-confirmation'; targets: BatchItemView[] }
  | { status: 'dry-run'; targets: BatchItemView[] }
  | { status: 'rejected'; message: string };

/** An item that needs a person: a conflict or a write that ran out of retries. */
export interface ReviewItemView extends BatchItemView {
  itemId: string;
  batchId: string;
  canonical: string;
  createdAt: number;
}

/** Detection rules a content script needs for its app's record pages, without connector settings. */
export interface PageRules {
  system: string;
  systemLabel: string;
  recordTypes: RecordType[];
}

/** Outbox item counts by state; `done` and `discarded` items are history, not work. */
export type OutboxSummary = Record<ItemState, number>;

/** Response type for each request type. */
export interface ResponseMap extends AdminResponseMap {
  snapshot: PanelView;
  refresh: PanelView;
  'push-status': PushResponse;
  'get-batch': BatchView;
  'get-workspace': { workspace: Workspace; source: 'default' | 'local' | 'managed' };
  /** The detection rules for the sender's own origin, or null when it is not a system's page. */
  'get-page-rules': PageRules | null;
  'outbox-summary': OutboxSummary;
  'resolve-item': ReviewItemView;
  'undo-batch': BatchView;
  'list-review': ReviewItemView[];
  'list-batches': (BatchView & { createdAt: number })[];
  'link-verdict': { saved: number };
}

/** Background reply on the wire: the response, or an error in plain words. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
