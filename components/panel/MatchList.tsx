import type { MatchSource, MatchView, RecordView } from '@/lib/views';
import { trusted } from './trusted';

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
    <span
      class={unmapped ? 'status unmapped' : 'status'}
      data-testid="status"
      data-value={record.status.value}
    >
      {record.status.label}
      {unmapped ? ' (unmapped)' : ''}
    </span>
  );
}

interface MatchListProps {
  matches: MatchView[];
  onVerdict(pairs: [string, string][], verdict: 'confirmed' | 'rejected'): void;
}

export function MatchList({ matches, onVerdict }: MatchListProps) {
  if (matches.length === 0)
    return <p class="muted">No matching records found in the other apps.</p>;
  return (
    <ul class="matches">
      {matches.map((match) => (
        <li
          key={match.record.key}
          class="match"
          data-testid="match"
          data-system={match.record.system}
        >
          <div class="row">
            <strong>{match.record.systemLabel}</strong>
            <span class="muted">
              {match.record.typeLabel} {match.record.pageId}
            </span>
            <StatusText record={match.record} />
          </div>
          <div class="title" data-testid="match-title">
            {match.record.title}
          </div>
          <div class="evidence muted" data-testid="match-evidence" data-source={match.source}>
            {SOURCE_LABELS[match.source]} · {Math.round(match.confidence * 100)}%
            {match.reasons.length > 0 ? ` · ${match.reasons.join('; ')}` : ''}
          </div>
          {match.source === 'fuzzy' ? <Suggestion match={match} onVerdict={onVerdict} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Renders a fuzzy match's choices: one click confirms it, one click rejects it for good. */
function Suggestion({
  match,
  onVerdict,
}: {
  match: MatchView;
  onVerdict: MatchListProps['onVerdict'];
}) {
  const [first] = match.linkPairs;
  return (
    <div class="suggestion">
      <p class="hint">Not changed by a status edit until confirmed.</p>
      <div class="actions">
        <button
          type="button"
          data-testid="confirm-match"
          onClick={trusted(() => onVerdict(match.linkPairs, 'confirmed'))}
        >
          Same record
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="reject-match"
          onClick={trusted(() => first && onVerdict([first], 'rejected'))}
        >
          Not the same
        </button>
      </div>
    </div>
  );
}
