import type { MatchSource, MatchView, RecordView } from '@/lib/views';

const SOURCE_LABELS: Record<MatchSource, string> = {
  link: 'Linked by a person',
  xref: 'Cross-reference id',
  exact: 'Exact match',
  fuzzy: 'Suggestion',
};

export function StatusText({ record }: { record: RecordView }) {
  if (!record.status) return <span class="status muted">no status</span>;
  const unmapped = record.status.canonical.length === 0;
  return (
    <span class={unmapped ? 'status unmapped' : 'status'} data-testid="status" data-value={record.status.value}>
      {record.status.label}
      {unmapped ? ' (unmapped)' : ''}
    </span>
  );
}

export function MatchList({ matches }: { matches: MatchView[] }) {
  if (matches.length === 0) return <p class="muted">No matching records found in the other apps.</p>;
  return (
    <ul class="matches">
      {matches.map((match) => (
        <li key={match.record.key} class="match" data-testid="match" data-system={match.record.system}>
          <div class="row">
            <strong>{match.record.systemLabel}</strong>
            <span class="muted">
              {match.record.typeLabel} {match.record.pageId}
            </span>
            <StatusText record={match.record} />
          </div>
          <div class="title" data-testid="match-title">{match.record.title}</div>
          <div class="evidence muted" data-testid="match-evidence" data-source={match.source}>
            {SOURCE_LABELS[match.source]} · {Math.round(match.confidence * 100)}%
            {match.reasons.length > 0 ? ` · ${match.reasons.join('; ')}` : ''}
          </div>
          {match.source === 'fuzzy' ? <p class="hint">Not changed by a status edit until confirmed.</p> : null}
        </li>
      ))}
    </ul>
  );
}
