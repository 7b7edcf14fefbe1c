import { useEffect, useMemo, useState } from 'preact/hooks';
import type { JsonValue } from '@/lib/config/admin-messages';
import type { Workspace } from '@/lib/config/schema';
import { parseWorkspace, type ConfigIssue } from '@/lib/config/validate';
import { sendRequest } from '@/lib/messaging/client';
import type { ResponseMap } from '@/lib/views';

export type WorkspaceSource = ResponseMap['get-workspace']['source'];

/** The result of the last save or import, shown until the next one. */
export type Outcome = { action: 'save' | 'import' } & (
  { kind: 'saved'; notices: string[] } | { kind: 'rejected'; issues: ConfigIssue[] }
);

export interface WorkspaceEditor {
  saved: Workspace;
  source: WorkspaceSource;
  draft: Workspace;
  dirty: boolean;
  /** Problems in the draft, checked on every edit with the same rules the background uses. */
  issues: ConfigIssue[];
  outcome?: Outcome;
  busy: boolean;
  edit(change: (draft: Workspace) => Workspace): void;
  save(): Promise<void>;
  /** Validates and stores a workspace from a file; the one in force stays when it is invalid. */
  importWorkspace(value: unknown): Promise<void>;
  /** Makes `workspace` the draft and saves it, as when a system is added. */
  commit(workspace: Workspace): Promise<boolean>;
  discard(): void;
}

/** Loads the workspace in force and keeps an editable draft of it. */
export function useWorkspace(): { editor?: WorkspaceEditor; loadError?: string } {
  const [loaded, setLoaded] = useState<{
    saved: Workspace;
    source: WorkspaceSource;
    draft: Workspace;
  }>();
  const [loadError, setLoadError] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    sendRequest({ type: 'get-workspace' }).then(
      ({ workspace, source }) => setLoaded({ saved: workspace, source, draft: workspace }),
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );
  }, []);

  const draft = loaded?.draft;
  const issues = useMemo(() => {
    if (!draft) return [];
    const result = parseWorkspace(draft);
    return result.ok ? [] : result.issues;
  }, [draft]);
  if (!loaded) return { loadError };

  const store = async (value: unknown, action: Outcome['action']): Promise<boolean> => {
    setBusy(true);
    try {
      // The value is parsed JSON or a draft made of JSON values; the background validates it.
      const response = await sendRequest({ type: 'save-workspace', workspace: value as JsonValue });
      if (!response.saved) {
        setOutcome({ action, kind: 'rejected', issues: response.issues });
        return false;
      }
      setLoaded({ saved: response.workspace, source: 'local', draft: response.workspace });
      setOutcome({ action, kind: 'saved', notices: response.notices });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setOutcome({ action, kind: 'rejected', issues: [{ path: '', message }] });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    editor: {
      ...loaded,
      dirty: JSON.stringify(loaded.draft) !== JSON.stringify(loaded.saved),
      issues,
      outcome,
      busy,
      edit: (change) =>
        setLoaded((current) => (current ? { ...current, draft: change(current.draft) } : current)),
      save: async () => {
        await store(loaded.draft, 'save');
      },
      importWorkspace: async (value) => {
        await store(value, 'import');
      },
      commit: (workspace) => {
        setLoaded((current) => (current ? { ...current, draft: workspace } : current));
        return store(workspace, 'save');
      },
      discard: () => {
        setLoaded({ ...loaded, draft: loaded.saved });
        setOutcome(undefined);
      },
    },
  };
}
