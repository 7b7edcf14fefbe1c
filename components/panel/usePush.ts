import { useEffect, useState } from 'preact/hooks';
import type { BatchItemView, BatchView } from '@/lib/views';
import type { PanelActions } from './types';

/** Interval between progress polls while a status edit is being sent, in ms. */
const POLL_MS = 250;

export type PushState =
  | { phase: 'idle' }
  | { phase: 'submitting' }
  | { phase: 'confirm'; canonical: string; targets: BatchItemView[] }
  | { phase: 'preview'; canonical: string; targets: BatchItemView[] }
  | { phase: 'sending'; batch: BatchView }
  | { phase: 'error'; message: string };

/**
 * Drives one status edit: preview, confirmation, sending, polling the batch until it finishes,
 * then a refresh of the statuses. Conflicts and undo start a new round of polling.
 */
export function usePush(actions: PanelActions, seen: Record<string, string>) {
  const [state, setState] = useState<PushState>({ phase: 'idle' });
  const batch = state.phase === 'sending' ? state.batch : undefined;

  useEffect(() => {
    if (!batch) return;
    if (batch.finished) {
      actions.refresh(false);
      return;
    }
    const timer = setTimeout(() => {
      actions.getBatch(batch.id).then(
        (next) => setState({ phase: 'sending', batch: next }),
        (error: unknown) => setState({ phase: 'error', message: messageOf(error) }),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [batch]);

  const guard = (work: () => Promise<void>) => () =>
    work().catch((error: unknown) => setState({ phase: 'error', message: messageOf(error) }));

  return {
    state,
    cancel: () => setState({ phase: 'idle' }),
    push: (canonical: string, options: { confirmed?: boolean; dryRun?: boolean } = {}) =>
      guard(async () => {
        if (state.phase === 'submitting') return;
        setState({ phase: 'submitting' });
        const response = await actions.push(canonical, seen, {
          confirmed: options.confirmed ?? false,
          dryRun: options.dryRun ?? false,
        });
        if (response.status === 'queued') setState({ phase: 'sending', batch: response.batch });
        else if (response.status === 'needs-confirmation')
          setState({ phase: 'confirm', canonical, targets: response.targets });
        else if (response.status === 'dry-run')
          setState({ phase: 'preview', canonical, targets: response.targets });
        else setState({ phase: 'error', message: response.message });
      })(),
    resolve: (itemId: string, action: 'apply' | 'skip' | 'retry') =>
      guard(async () => {
        await actions.resolveItem(itemId, action);
        if (batch) setState({ phase: 'sending', batch: await actions.getBatch(batch.id) });
      })(),
    undo: () =>
      guard(async () => {
        if (batch) setState({ phase: 'sending', batch: await actions.undo(batch.id) });
      })(),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
