import type { BatchItemView } from '@/lib/views';
import { trusted } from './trusted';

interface PreviewProps {
  statusLabel: string;
  targets: BatchItemView[];
  onApply(): void;
  onClose(): void;
}

/** Dry run: what each app would receive, with nothing written. */
export function Preview({ statusLabel, targets, onApply, onClose }: PreviewProps) {
  return (
    <div class="preview" data-testid="preview">
      <p>
        Preview of <strong>{statusLabel}</strong>; nothing has been written.
      </p>
      <ul>
        {targets.map((target) => (
          <li key={target.itemId} data-testid="preview-item">
            <strong>{target.systemLabel}</strong> {target.title}: {target.message}
            {target.request ? <code>{target.request}</code> : null}
          </li>
        ))}
      </ul>
      <button type="button" onClick={trusted(onApply)}>
        Apply
      </button>
      <button type="button" class="secondary" onClick={trusted(onClose)}>
        Close
      </button>
    </div>
  );
}
