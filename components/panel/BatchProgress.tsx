import type { BatchView, ItemState } from '@/lib/views';
import { trusted } from './trusted';

const STATE_LABELS: Record<ItemState, string> = {
  queued: 'Waiting',
  in_flight: 'Sending',
  done: 'Done',
  conflict: 'Conflict',
  needs_review: 'Needs review',
  discarded: 'Skipped',
};

interface BatchProgressProps {
  batch: BatchView;
  onResolve(itemId: string, action: 'apply' | 'skip' | 'retry'): void;
  onUndo(): void;
}

/** Renders one line per app while a status edit is sent, then a summary in plain words. */
export function BatchProgress({ batch, onResolve, onUndo }: BatchProgressProps) {
  return (
    <div class="batch" data-testid="batch" data-finished={String(batch.finished)}>
      {batch.undoOf ? <p class="muted">Undoing the previous edit</p> : null}
      <ul>
        {batch.items.map((item) => (
          <li key={item.itemId} data-testid="batch-item" data-state={item.state}>
            <strong>{item.systemLabel}</strong> {item.title}:{' '}
            <span class={`state ${item.state}`}>{STATE_LABELS[item.state]}</span>
            <div class="muted">{item.message}</div>
            {item.state === 'needs_review' ? (
              <div class="actions">
                <button
                  type="button"
                  data-testid="review-retry"
                  onClick={trusted(() => onResolve(item.itemId, 'retry'))}
                >
                  Retry
                </button>
              </div>
            ) : null}
            {item.state === 'conflict' ? (
              <div class="actions">
                <button
                  type="button"
                  data-testid="conflict-apply"
                  onClick={trusted(() => onResolve(item.itemId, 'apply'))}
                >
                  Apply {item.target} anyway
                </button>
                <button
                  type="button"
                  class="secondary"
                  data-testid="conflict-skip"
                  onClick={trusted(() => onResolve(item.itemId, 'skip'))}
                >
                  Skip
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {batch.finished ? (
        <p class="summary" data-testid="batch-summary">
          {summarise(batch)}
        </p>
      ) : null}
      {batch.finished && batch.undoable && !batch.undoOf ? (
        <button type="button" class="secondary" data-testid="undo" onClick={trusted(onUndo)}>
          Undo this edit
        </button>
      ) : null}
    </div>
  );
}

/** Outcome in plain words; a record that already had the status counts as done, not written. */
function summarise(batch: BatchView): string {
  const total = batch.items.length;
  const done = batch.items.filter((item) => item.state === 'done').length;
  const wrote = batch.items.filter((item) => item.wrote).length;
  if (done < total) return `${done} of ${total} records updated; see the notes above.`;
  if (wrote === total) return `All ${total} records updated.`;
  return `All ${total} records updated: ${wrote} changed, ${total - wrote} already had this status.`;
}
