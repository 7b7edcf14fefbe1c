import { useEffect, useState } from 'preact/hooks';
import { ImportExport } from './ImportExport';
import { MatchingTab } from './MatchingTab';
import { Pilot } from './Pilot';
import { RecentEdits } from './RecentEdits';
import { ReviewList } from './ReviewList';
import { SaveBar } from './SaveBar';
import { StatusTab } from './StatusTab';
import { SystemsTab } from './SystemsTab';
import { TabBar, type Tab } from './TabBar';
import { useWorkspace, type WorkspaceEditor, type WorkspaceSource } from './useWorkspace';

const SOURCE_TEXT: Record<WorkspaceSource, string> = {
  default: 'the demo workspace that ships with Lockstep',
  local: 'saved on this browser',
  managed: 'set by your administrator through enterprise policy (read-only)',
};

/**
 * Sections of the settings page. Another section joins by adding a tab here and a case in
 * `TabPanel`; the review list stays above the tabs so it is seen first.
 */
const TABS: Tab[] = [
  { id: 'systems', label: 'Systems' },
  { id: 'statuses', label: 'Status map' },
  { id: 'matching', label: 'Matching and fields' },
  { id: 'transfer', label: 'Import and export' },
  { id: 'pilot', label: 'Matching pilot' },
];

export function OptionsApp() {
  const { editor, loadError } = useWorkspace();
  const [tab, setTab] = useState(() => initialTab());
  useEffect(() => history.replaceState(null, '', `#${tab}`), [tab]);

  if (loadError) return <main class="error">Could not load the workspace: {loadError}</main>;
  if (!editor) return <main>Loading…</main>;
  const readOnly = editor.source === 'managed';

  return (
    <main>
      <h1>Lockstep settings</h1>
      <p>
        Workspace <strong data-testid="workspace-name">{editor.saved.name}</strong>{' '}
        <span class="source" data-testid="workspace-source">
          {SOURCE_TEXT[editor.source]}
        </span>
      </p>
      {readOnly ? <ManagedNotice /> : null}
      <ReviewList />
      <RecentEdits />
      {readOnly ? null : <SaveBar editor={editor} />}
      <TabBar tabs={TABS} selected={tab} onSelect={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0}>
        {tab === 'pilot' ? <Pilot workspace={editor.saved} /> : null}
        {tab === 'transfer' ? <ImportExport editor={editor} readOnly={readOnly} /> : null}
        {tab === 'pilot' || tab === 'transfer' ? null : (
          <fieldset class="plain" disabled={readOnly} data-testid="editor">
            <TabPanel tab={tab} editor={editor} />
          </fieldset>
        )}
      </div>
    </main>
  );
}

function TabPanel({ tab, editor }: { tab: string; editor: WorkspaceEditor }) {
  switch (tab) {
    case 'statuses':
      return <StatusTab editor={editor} />;
    case 'matching':
      return <MatchingTab editor={editor} />;
    default:
      return <SystemsTab editor={editor} />;
  }
}

function ManagedNotice() {
  return (
    <p class="managed" role="note" data-testid="managed-notice">
      This workspace comes from your organisation's browser policy: Chrome enterprise policy for
      this extension, read through <code>chrome.storage.managed</code> under the key{' '}
      <code>workspace</code>. It is read-only here; ask your administrator to change the policy.
    </p>
  );
}

function initialTab(): string {
  const hash = location.hash.replace(/^#/, '');
  return TABS.some((tab) => tab.id === hash) ? hash : 'systems';
}
