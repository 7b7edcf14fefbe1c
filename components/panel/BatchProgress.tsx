import type { BatchView, ItemState } from '@/lib/views';

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
  onResolve(itemId: string, action: 'apply' | 'skip'): void;
  onUndo(): void;
}

/** One line per app while a status edit is sent, then a summary in plain words. */
export function BatchProgress({ batch, onResolve, onUndo }: BatchProgressProps) {
  const done = batch.items.filter((item) => item.state === 'done').length;
  return (
    <div class="batch" data-testid="batch" data-finished={String(batch.finished)}>
      {batch.undoOf ? <p class="muted">Undoing the previous edit</p> : null}
      <ul>
        {batch.items.map((item) => (
          <li key={item.itemId} data-testid="batch-item" data-state={item.state}>
            <strong>{item.systemLabel}</strong> {item.title}:{' '}
            <span class={`state ${item.state}`}>{STATE_LABELS[item.state]}</span>
            <div class="muted">{item.message}</div>
            {item.state === 'conflict' ? (
              <div class="actions">
                <button
                  type="button"
                  data-testid="conflict-apply"
                  onClick={() => onResolve(item.itemId, 'apply')}
                >
                  Apply {item.target} anyway
                </button>
                <button
                  type="button"
                  class="secondary"
                  data-testid="conflict-skip"
                  onClick={() => onResolve(item.itemId, 'skip')}
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
          {done === batch.items.length
            ? `All ${done} records updated.`
            : `${done} of ${batch.items.length} records updated; see the notes above.`}
        </p>
      ) : null}
      {batch.finished && batch.undoable && !batch.undoOf ? (
        <button type="button" class="secondary" data-testid="undo" onClick={onUndo}>
          Undo this edit
        </button>
      ) : null}
    </div>
  );
}
