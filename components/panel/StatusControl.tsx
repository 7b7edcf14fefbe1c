import { useEffect, useRef, useState } from 'preact/hooks';
import type { BatchItemView, CanonicalStatusView } from './types';
import { trusted } from './trusted';

interface StatusControlProps {
  statuses: CanonicalStatusView[];
  targetCount: number;
  busy: boolean;
  onApply(canonical: string): void;
  onPreview(canonical: string): void;
}

/** Renders a canonical status picker and one button that applies it to every trusted match. */
export function StatusControl({
  statuses,
  targetCount,
  busy,
  onApply,
  onPreview,
}: StatusControlProps) {
  const [choice, setChoice] = useState('');
  return (
    <form class="control" onSubmit={(event) => event.preventDefault()}>
      <label>
        Set status
        <select
          data-testid="status-select"
          value={choice}
          onChange={(event) => setChoice(event.currentTarget.value)}
          disabled={busy}
        >
          <option value="">Choose…</option>
          {statuses.map((status) => (
            <option key={status.id} value={status.id}>
              {status.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="apply"
        disabled={busy || !choice}
        onClick={trusted(() => choice && onApply(choice))}
      >
        Apply to {targetCount} {targetCount === 1 ? 'record' : 'records'}
      </button>
      <button
        type="button"
        class="secondary"
        data-testid="preview-button"
        disabled={busy || !choice}
        onClick={trusted(() => onPreview(choice))}
      >
        Preview
      </button>
    </form>
  );
}

interface ConfirmProps {
  statusLabel: string;
  targets: BatchItemView[];
  onConfirm(): void;
  onCancel(): void;
}

/** Lists every record a high-impact edit will change and requests a second confirmation. */
export function ConfirmChange({ statusLabel, targets, onConfirm, onCancel }: ConfirmProps) {
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-label={`Confirm ${statusLabel}`}
      data-testid="confirm"
      onKeyDown={trusted((event: KeyboardEvent) => {
        if (event.key === 'Escape') onCancel();
      })}
    >
      <p>
        <strong>{statusLabel}</strong> is a high-impact status. These records will change:
      </p>
      <ul>
        {targets.map((target) => (
          <li key={target.key}>
            {target.systemLabel}: {target.title} → {target.target || 'left unchanged'}
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-testid="confirm-yes"
        ref={confirmButton}
        onClick={trusted(onConfirm)}
      >
        Change {targets.length} records
      </button>
      <button type="button" onClick={trusted(onCancel)}>
        Cancel
      </button>
    </div>
  );
}
