import type { BatchView, ItemState } from '@/lib/views';

const STATE_LABELS: Record<ItemState, string> = {
  queued: 'Waiting',
  in_flight: 'Sending',
  done: 'Done',
  conflict: 'Conflict',
  needs_review: 'Needs review',
  discarded: 'Skipped',
};

/** One line per app while a status edit is sent, then a summary in plain words. */
export function BatchProgress({ batch }: { batch: BatchView }) {
  const done = batch.items.filter((item) => item.state === 'done').length;
  return (
    <div class="batch" data-testid="batch" data-finished={String(batch.finished)}>
      <ul>
        {batch.items.map((item) => (
          <li key={item.key} data-testid="batch-item" data-state={item.state}>
            <strong>{item.systemLabel}</strong> {item.title}: <span class={`state ${item.state}`}>{STATE_LABELS[item.state]}</span>
            <div class="muted">{item.message}</div>
          </li>
        ))}
      </ul>
      {batch.finished ? (
        <p class="summary" data-testid="batch-summary">
          {done === batch.items.length ? `All ${done} records updated.` : `${done} of ${batch.items.length} records updated; see the notes above.`}
        </p>
      ) : null}
    </div>
  );
}
