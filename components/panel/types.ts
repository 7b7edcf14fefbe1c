import type { CanonicalStatus } from '@/lib/config/schema';
import type { BatchView, PanelView, PushResponse, ReviewItemView } from '@/lib/views';

export type { BatchItemView } from '@/lib/views';
export type CanonicalStatusView = CanonicalStatus;

/** Panel content: loading, an error in plain words, or the record and its matches. */
export type PanelState =
  { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; view: PanelView };

export interface PushOptions {
  confirmed: boolean;
  dryRun: boolean;
}

/** The calls the panel makes; the content script wires them to background requests. */
export interface PanelActions {
  push(
    canonical: string,
    seen: Record<string, string>,
    options: PushOptions,
  ): Promise<PushResponse>;
  getBatch(batchId: string): Promise<BatchView>;
  resolveItem(itemId: string, action: 'apply' | 'skip' | 'retry'): Promise<ReviewItemView>;
  undo(batchId: string): Promise<BatchView>;
  /** Stores a person's verdict on a suggested match, then refreshes the panel. */
  verdict(pairs: [string, string][], verdict: 'confirmed' | 'rejected'): Promise<void>;
  /** Reloads the view; `pull` also reloads every app's records first. */
  refresh(pull: boolean): void;
}
