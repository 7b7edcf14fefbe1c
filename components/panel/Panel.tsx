import { useState } from 'preact/hooks';
import { RecordPanel } from './RecordPanel';
import type { PanelActions, PanelState } from './types';
import { trusted } from './trusted';

export function Panel({ state, actions }: { state: PanelState; actions: PanelActions }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <section class="panel" data-testid="lockstep-panel" aria-label="Lockstep">
      <header>
        <span class="brand">Lockstep</span>
        <button
          type="button"
          class="link"
          onClick={trusted(() => actions.refresh(true))}
          data-testid="refresh"
        >
          Refresh
        </button>
        <button
          type="button"
          class="link"
          aria-expanded={!collapsed}
          onClick={trusted(() => setCollapsed(!collapsed))}
        >
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      {collapsed ? null : <PanelBody state={state} actions={actions} />}
    </section>
  );
}

function PanelBody({ state, actions }: { state: PanelState; actions: PanelActions }) {
  if (state.phase === 'loading')
    return (
      <p class="muted" data-testid="loading">
        Looking for this record in your other apps…
      </p>
    );
  if (state.phase === 'error')
    return (
      <p class="error" data-testid="error">
        {state.message}
      </p>
    );
  return <RecordPanel view={state.view} actions={actions} />;
}
