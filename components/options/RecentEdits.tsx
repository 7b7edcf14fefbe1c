import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '@/lib/messaging/client';
import type { BatchView } from '@/lib/views';

type RecentBatch = BatchView & { createdAt: number };

/** Lists the latest status edits, each with its outcome and, where something was written, an undo. */
export function RecentEdits() {
  const [batches, setBatches] = useState<RecentBatch[]>();
  const [message, setMessage] = useState<string>();
  const load = () =>
    sendRequest({ type: 'list-batches' }).then(setBatches, (error: unknown) =>
      setMessage(String(error)),
    );

  useEffect(() => {
    void load();
  }, []);

  const undo = async (batch: RecentBatch) => {
    try {
      await sendRequest({ type: 'undo-batch', batchId: batch.id });
      setMessage('Undo queued; the records go back to their previous values.');
      await load();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  if (!batches || batches.length === 0) return null;
  return (
    <section class="card" data-testid="recent-edits" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent status edits</h2>
      {message ? <p role="status">{message}</p> : null}
      <ul class="review">
        {batches.map((batch) => (
          <li key={batch.id} data-testid="recent-edit" data-batch={batch.id}>
            {batch.undoOf ? 'Undo: ' : ''}
            <strong>{batch.canonical}</strong> on{' '}
            {batch.items.map((item) => `${item.systemLabel} ${item.title}`).join(', ')}
            <span class="muted"> ({new Date(batch.createdAt).toLocaleString()})</span>
            <div class="muted">
              {batch.items.map((item) => `${item.systemLabel}: ${item.message}`).join(' · ')}
            </div>
            {batch.finished && batch.undoable && !batch.undoOf ? (
              <button type="button" data-testid="recent-undo" onClick={() => void undo(batch)}>
                Undo
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
