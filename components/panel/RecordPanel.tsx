import type { PanelView } from '@/lib/views';
import { BatchProgress } from './BatchProgress';
import { MatchList, StatusText } from './MatchList';
import { PageEditNotice } from './PageEditNotice';
import { Preview } from './Preview';
import { ConfirmChange, StatusControl } from './StatusControl';
import type { PanelActions } from './types';
import { usePush } from './usePush';

/** Renders the open record, its matches, and the status edit with its progress. */
export function RecordPanel({ view, actions }: { view: PanelView; actions: PanelActions }) {
  const records = [view.record, ...view.matches.map((match) => match.record)];
  const seen = Object.fromEntries(
    records.flatMap((record) => (record.status ? [[record.key, record.status.value]] : [])),
  );
  const push = usePush(actions, seen);
  const state = push.state;

  const trusted = view.matches.filter(
    (match) => match.source !== 'fuzzy' && match.decision === 'match',
  ).length;
  const busy = state.phase === 'submitting' || (state.phase === 'sending' && !state.batch.finished);
  const label = (id: string) =>
    view.canonicalStatuses.find((status) => status.id === id)?.label ?? id;

  return (
    <div>
      <div class="current" data-testid="current">
        <div class="muted">
          {view.record.systemLabel} {view.record.typeLabel.toLowerCase()} {view.record.pageId}
        </div>
        <div class="title" data-testid="current-title">
          {view.record.title}
        </div>
        {view.party ? <div class="muted">Customer: {view.party.title}</div> : null}
        <StatusText record={view.record} />
      </div>
      {view.disagreement ? (
        <p class="warning" data-testid="disagreement">
          The apps disagree on this record's status.
        </p>
      ) : null}
      {view.pageEdit ? (
        <PageEditNotice
          edit={view.pageEdit}
          busy={busy}
          onApply={(canonical) => push.push(canonical)}
        />
      ) : null}
      {view.notices.map((notice) => (
        <p class="notice" key={notice} data-testid="notice">
          {notice}
        </p>
      ))}
      <MatchList
        matches={view.matches}
        onVerdict={(pairs, verdict) => void actions.verdict(pairs, verdict)}
      />
      {view.record.status ? (
        <StatusControl
          statuses={view.canonicalStatuses}
          targetCount={trusted + 1}
          busy={busy}
          onApply={(c) => push.push(c)}
          onPreview={(c) => push.push(c, { dryRun: true })}
        />
      ) : null}
      {state.phase === 'confirm' ? (
        <ConfirmChange
          statusLabel={label(state.canonical)}
          targets={state.targets}
          onConfirm={() => push.push(state.canonical, { confirmed: true })}
          onCancel={push.cancel}
        />
      ) : null}
      {state.phase === 'preview' ? (
        <Preview
          statusLabel={label(state.canonical)}
          targets={state.targets}
          onApply={() => push.push(state.canonical)}
          onClose={push.cancel}
        />
      ) : null}
      {state.phase === 'error' ? (
        <p class="error" data-testid="push-error">
          {state.message}
        </p>
      ) : null}
      {state.phase === 'sending' ? (
        <BatchProgress batch={state.batch} onResolve={push.resolve} onUndo={push.undo} />
      ) : null}
    </div>
  );
}
