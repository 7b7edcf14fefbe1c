import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendRequest } from '@/lib/messaging/client';
import type { OutboxSummary } from '@/lib/views';

/** How often the popup refreshes its counts while open, in ms. */
const REFRESH_MS = 1_000;

/** Outbox counts at a glance, with a way into the review list. */
export function PopupApp() {
  const [summary, setSummary] = useState<OutboxSummary>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const load = () =>
      sendRequest({ type: 'outbox-summary' }).then(setSummary, (failure: unknown) =>
        setError(String(failure)),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  if (error) return <main class="attention">Could not read the outbox: {error}</main>;
  if (!summary) return <main>Loading…</main>;
  const failed = summary.conflict + summary.needs_review;
  return (
    <main>
      <h1>Lockstep</h1>
      <dl>
        <dt>Pending</dt>
        <dd data-testid="pending">{summary.queued + summary.in_flight}</dd>
        <dt>Conflicts</dt>
        <dd data-testid="conflicts" class={summary.conflict > 0 ? 'attention' : ''}>
          {summary.conflict}
        </dd>
        <dt>Need review</dt>
        <dd data-testid="needs-review" class={summary.needs_review > 0 ? 'attention' : ''}>
          {summary.needs_review}
        </dd>
        <dt>Sent</dt>
        <dd>{summary.done}</dd>
      </dl>
      <button
        type="button"
        onClick={() =>
          void browser.tabs.create({ url: browser.runtime.getURL('/options.html#review') })
        }
      >
        {failed > 0
          ? `Review ${failed} ${failed === 1 ? 'item' : 'items'}`
          : 'Open settings and review list'}
      </button>
    </main>
  );
}
