import type { StatusView } from '@/lib/views';
import { trusted } from './trusted';

interface PageEditNoticeProps {
  edit: { from: StatusView; to: StatusView };
  busy: boolean;
  onApply(canonical: string): void;
}

/** Offers to carry a status change someone made in this app over to the other apps. */
export function PageEditNotice({ edit, busy, onApply }: PageEditNoticeProps) {
  const canonical = edit.to.canonical[0];
  return (
    <div class="notice" data-testid="page-edit">
      Status changed here from {edit.from.label} to {edit.to.label}.
      {canonical ? (
        <button
          type="button"
          data-testid="page-edit-apply"
          disabled={busy}
          onClick={trusted(() => onApply(canonical))}
        >
          Apply to the other apps
        </button>
      ) : (
        <span> {edit.to.label} has no canonical status, so it cannot be applied elsewhere.</span>
      )}
    </div>
  );
}
