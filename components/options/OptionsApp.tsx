import { useEffect, useState } from 'preact/hooks';
import type { Workspace } from '@/lib/config/schema';
import { sendRequest } from '@/lib/messaging/client';
import { ReviewList } from './ReviewList';
import { StatusMatrix } from './StatusMatrix';
import { SystemCard } from './SystemCard';

const SOURCE_TEXT = {
  default: 'the demo workspace that ships with Lockstep',
  local: 'saved on this browser',
  managed: 'set by your administrator through enterprise policy (read-only)',
} as const;

export function OptionsApp() {
  const [state, setState] = useState<{ workspace: Workspace; source: keyof typeof SOURCE_TEXT } | { error: string }>();
  useEffect(() => {
    sendRequest({ type: 'get-workspace' }).then(setState, (error: unknown) => setState({ error: String(error) }));
  }, []);

  if (!state) return <main>Loading…</main>;
  if ('error' in state) return <main class="error">Could not load the workspace: {state.error}</main>;
  const { workspace, source } = state;
  return (
    <main>
      <h1>Lockstep settings</h1>
      <p>
        Workspace <strong data-testid="workspace-name">{workspace.name}</strong>{' '}
        <span class="source" data-testid="workspace-source">{SOURCE_TEXT[source]}</span>
      </p>
      <ReviewList />
      <h2>Status map</h2>
      <StatusMatrix workspace={workspace} />
      <h2>Systems</h2>
      {workspace.systems.map((system) => (
        <SystemCard key={system.id} system={system} />
      ))}
    </main>
  );
}
