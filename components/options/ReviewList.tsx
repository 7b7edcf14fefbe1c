import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '@/lib/messaging/client';
import type { ReviewItemView } from '@/lib/views';

type Action = 'apply' | 'skip' | 'retry' | 'discard';

const ACTIONS: Record<'conflict' | 'needs_review', { action: Action; label: string }[]> = {
  conflict: [
    { action: 'apply', label: 'Apply anyway' },
    { action: 'skip', label: 'Skip' },
  ],
  needs_review: [
    { action: 'retry', label: 'Retry' },
    { action: 'skip', label: 'Skip' },
    { action: 'discard', label: 'Discard' },
  ],
};

/** Status edits that need a person: conflicts and writes that ran out of retries. */
export function ReviewList() {
  const [items, setItems] = useState<ReviewItemView[]>();
  const [error, setError] = useState<string>();
  const load = () =>
    sendRequest({ type: 'list-review' }).then(setItems, (failure: unknown) =>
      setError(String(failure)),
    );

  useEffect(() => {
    void load();
  }, []);

  const act = async (item: ReviewItemView, action: Action) => {
    setError(undefined);
    try {
      await sendRequest({ type: 'resolve-item', itemId: item.itemId, action });
      await load();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <section class="card" id="review" data-testid="review-list" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      {error ? <p class="error">{error}</p> : null}
      {items === undefined ? <p class="muted">Loading…</p> : null}
      {items?.length === 0 ? (
        <p class="muted" data-testid="review-empty">
          Nothing needs review.
        </p>
      ) : null}
      <ul class="review">
        {items?.map((item) => (
          <li key={item.itemId} data-testid="review-item" data-state={item.state}>
            <strong>{item.systemLabel}</strong> {item.title}: set to {item.target || 'nothing'}
            <span class="muted"> ({new Date(item.createdAt).toLocaleString()})</span>
            <div>{item.message}</div>
            {(ACTIONS[item.state as keyof typeof ACTIONS] ?? []).map(({ action, label }) => (
              <button
                key={action}
                type="button"
                data-testid={`review-${action}`}
                onClick={() => void act(item, action)}
              >
                {label}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
