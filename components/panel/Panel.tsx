import { useEffect, useState } from 'preact/hooks';
import type { BatchItemView, BatchView, PanelView } from '@/lib/views';
import { BatchProgress } from './BatchProgress';
import { MatchList, StatusText } from './MatchList';
import { ConfirmChange, StatusControl } from './StatusControl';
import type { PanelActions, PanelState } from './types';

/** Interval between progress polls while a status edit is being sent, in ms. */
const POLL_MS = 250;

export function Panel({ state, actions }: { state: PanelState; actions: PanelActions }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <section class="panel" data-testid="lockstep-panel" aria-label="Lockstep">
      <header>
        <span class="brand">Lockstep</span>
        <button type="button" class="link" onClick={() => actions.refresh(true)} data-testid="refresh">
          Refresh
        </button>
        <button type="button" class="link" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      {collapsed ? null : <PanelBody state={state} actions={actions} />}
    </section>
  );
}

function PanelBody({ state, actions }: { state: PanelState; actions: PanelActions }) {
  if (state.phase === 'loading') return <p class="muted" data-testid="loading">Looking for this record in your other apps…</p>;
  if (state.phase === 'error') return <p class="error" data-testid="error">{state.message}</p>;
  return <RecordPanel view={state.view} actions={actions} />;
}

function RecordPanel({ view, actions }: { view: PanelView; actions: PanelActions }) {
  const [batch, setBatch] = useState<BatchView>();
  const [pending, setPending] = useState<{ canonical: string; targets: BatchItemView[] }>();
  const [error, setError] = useState<string>();
  usePollBatch(batch, setBatch, actions, setError);

  const seen = Object.fromEntries([view.record, ...view.matches.map((m) => m.record)].flatMap((r) => (r.status ? [[r.key, r.status.value]] : [])));
  const trusted = view.matches.filter((match) => match.source !== 'fuzzy' && match.decision === 'match').length;
  const busy = batch !== undefined && !batch.finished;

  const apply = async (canonical: string, confirmed: boolean) => {
    setError(undefined);
    setPending(undefined);
    try {
      const response = await actions.push(canonical, seen, confirmed);
      if (response.status === 'queued') setBatch(response.batch);
      else if (response.status === 'needs-confirmation') setPending({ canonical, targets: response.targets });
      else setError(response.message);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const label = (id: string) => view.canonicalStatuses.find((status) => status.id === id)?.label ?? id;

  return (
    <div>
      <div class="current" data-testid="current">
        <div class="muted">
          {view.record.systemLabel} {view.record.typeLabel.toLowerCase()} {view.record.pageId}
        </div>
        <div class="title" data-testid="current-title">{view.record.title}</div>
        {view.party ? <div class="muted">Customer: {view.party.title}</div> : null}
        <StatusText record={view.record} />
      </div>
      {view.disagreement ? <p class="warning" data-testid="disagreement">The apps disagree on this record's status.</p> : null}
      {view.notices.map((notice) => (
        <p class="notice" key={notice} data-testid="notice">{notice}</p>
      ))}
      <MatchList matches={view.matches} />
      {view.record.status ? <StatusControl statuses={view.canonicalStatuses} targetCount={trusted + 1} busy={busy} onApply={(c) => void apply(c, false)} /> : null}
      {pending ? <ConfirmChange statusLabel={label(pending.canonical)} targets={pending.targets} onConfirm={() => void apply(pending.canonical, true)} onCancel={() => setPending(undefined)} /> : null}
      {error ? <p class="error" data-testid="push-error">{error}</p> : null}
      {batch ? <BatchProgress batch={batch} /> : null}
    </div>
  );
}

function usePollBatch(batch: BatchView | undefined, setBatch: (batch: BatchView) => void, actions: PanelActions, setError: (message: string) => void) {
  useEffect(() => {
    if (!batch) return;
    if (batch.finished) {
      actions.refresh(false);
      return;
    }
    const timer = setTimeout(() => {
      actions.getBatch(batch.id).then(setBatch, (failure: unknown) => setError(String(failure)));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [batch?.id, batch?.finished, batch]);
}
