import { useState } from 'preact/hooks';
import type { SystemConfig, Workspace } from '@/lib/config/schema';
import { parseWorkspace, type ConfigIssue } from '@/lib/config/validate';
import { findPreset, fitCanonicals, PRESETS } from '@/lib/connectors/presets';
import { sendRequest } from '@/lib/messaging/client';
import { requestAccess } from './access';
import { AUTH_OPTIONS, authConfig, initialState, type FormState } from './add-system-state';
import { SelectField, TextField } from './fields';
import { IssueList } from './IssueList';
import { PresetFacts } from './PresetFacts';
import type { WorkspaceEditor } from './useWorkspace';

/**
 * Adds a system from a preset or from scratch. Pressing Add requests host access from the browser
 * to the system's origins, stores the token in the background, then saves the workspace.
 */
export function AddSystemForm({
  editor,
  onDone,
}: {
  editor: WorkspaceEditor;
  /** Called with the new system's id and the host access outcome, or with nothing on Cancel. */
  onDone(added?: { id: string; access: string }): void;
}) {
  const [form, setForm] = useState(() => initialState(PRESETS[0]!));
  const [issues, setIssues] = useState<ConfigIssue[]>([]);
  const [status, setStatus] = useState('');
  const preset = findPreset(form.presetId) ?? PRESETS[0]!;
  const set = (change: Partial<FormState>) => setForm((current) => ({ ...current, ...change }));

  const onAdd = () => {
    const built = preset.build({ ...form, auth: authConfig(form), params: form.params });
    const system = fitCanonicals(
      built,
      editor.draft.canonicalStatuses.map((status) => status.id),
    );
    const candidate = { ...editor.draft, systems: [...editor.draft.systems, system] };
    const checked = parseWorkspace(candidate);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    // First async call in the handler, so Chrome treats it as part of the click.
    const access = requestAccess(system).catch(() => false);
    void finishAdd(access, system, candidate);
  };

  const finishAdd = async (
    access: Promise<boolean>,
    system: SystemConfig,
    candidate: Workspace,
  ) => {
    const granted = await access;
    const message = granted
      ? `Host access to ${system.label} granted.`
      : `Host access to ${system.label} was not granted; grant it from its card.`;
    setStatus(message);
    const auth = system.connector.auth;
    if (form.token.trim() && auth.type !== 'cookie') {
      await sendRequest({ type: 'set-secret', secretId: auth.secretId, value: form.token });
    }
    if (await editor.commit(candidate)) onDone({ id: system.id, access: message });
  };

  return (
    <section class="card" aria-labelledby="add-heading" data-testid="add-system-form">
      <h3 id="add-heading">Add a system</h3>
      <SelectField
        label="Start from"
        value={form.presetId}
        options={PRESETS.map((item) => ({ value: item.id, label: item.label }))}
        testId="preset"
        onChange={(presetId) =>
          setForm({
            ...initialState(findPreset(presetId) ?? PRESETS[0]!),
            id: form.id,
            label: form.label,
          })
        }
      />
      <PresetFacts preset={preset} />
      <TextField
        label="System id"
        value={form.id}
        testId="new-id"
        help="Lower-case letters, digits, - and _; used in keys and cannot be changed later."
        onChange={(id) => set({ id })}
      />
      <TextField
        label="Name"
        value={form.label}
        testId="new-label"
        onChange={(label) => set({ label })}
      />
      <TextField
        label="App origin (where its record pages are)"
        type="url"
        value={form.origin}
        testId="new-origin"
        placeholder="https://app.example.com"
        onChange={(origin) => set({ origin })}
      />
      <TextField
        label="API base URL"
        type="url"
        value={form.baseUrl}
        testId="new-base-url"
        placeholder="https://api.example.com"
        onChange={(baseUrl) => set({ baseUrl })}
      />
      {preset.params.map((item) => (
        <TextField
          key={item.key}
          label={item.label}
          help={item.help}
          value={form.params[item.key] ?? ''}
          testId={`param-${item.key}`}
          onChange={(value) => set({ params: { ...form.params, [item.key]: value } })}
        />
      ))}
      <SelectField
        label="Authentication"
        value={form.auth}
        options={AUTH_OPTIONS}
        testId="new-auth"
        onChange={(auth) => set({ auth: auth as FormState['auth'] })}
      />
      {form.auth === 'apiKey' ? (
        <TextField
          label="API key header"
          value={form.apiKeyHeader}
          testId="new-api-key-header"
          onChange={(apiKeyHeader) => set({ apiKeyHeader })}
        />
      ) : null}
      {form.auth === 'cookie' ? null : (
        <TextField
          label="API token (stored by the background, never shown again)"
          type="password"
          autoComplete="new-password"
          value={form.token}
          testId="new-token"
          onChange={(token) => set({ token })}
        />
      )}
      <IssueList title="Cannot add this system yet:" issues={issues} testId="add-issues" />
      <p role="status" class="muted" data-testid="add-status">
        {status}
      </p>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="confirm-add"
          disabled={editor.busy}
          onClick={onAdd}
        >
          Add system and request access
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </section>
  );
}
