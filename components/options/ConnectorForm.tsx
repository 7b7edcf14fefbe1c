import { CONNECTOR_KINDS } from '@/lib/config/connector-schema';
import type { AuthConfig, ConnectorConfig, ConnectorKind, SystemConfig } from '@/lib/config/schema';
import { defaultRestSettings } from '@/lib/connectors/presets';
import { AUTH_OPTIONS } from './add-system-state';
import { optional, SelectField, TextField } from './fields';
import { SecretField } from './SecretField';
import type { EditSystem } from './SystemEditor';

const KIND_LABELS: Record<ConnectorKind, string> = {
  hubspot: 'HubSpot CRM v3',
  qbo: 'QuickBooks Online',
  'scheduler-rest': 'Demo scheduler (REST with ETags)',
  xero: 'Xero Accounting',
  jobber: 'Jobber (GraphQL)',
  pipedrive: 'Pipedrive',
  'google-calendar': 'Google Calendar',
  'generic-rest': 'Generic REST (configured here)',
};

/** Vendor ids some kinds need, by kind. */
const VENDOR_IDS: Partial<
  Record<ConnectorKind, { key: 'realmId' | 'tenantId' | 'calendarId'; label: string }>
> = {
  qbo: { key: 'realmId', label: 'Company id (realm id)' },
  xero: { key: 'tenantId', label: 'Xero tenant id' },
  'google-calendar': { key: 'calendarId', label: 'Calendar id' },
};

/** Connector settings: API kind, base URL, auth, token and vendor ids. */
export function ConnectorForm({
  system,
  editSystem,
}: {
  system: SystemConfig;
  editSystem: EditSystem;
}) {
  const { connector } = system;
  const set = (patch: Partial<ConnectorConfig>) =>
    editSystem((s) => ({ ...s, connector: { ...s.connector, ...patch } }));
  const vendorId = VENDOR_IDS[connector.kind];

  const setKind = (kind: ConnectorKind) => {
    if (kind !== 'generic-rest' || connector.rest) return set({ kind });
    const recordTypes = Object.fromEntries(
      system.recordTypes.map((type) => [type.id, defaultRestSettings(type.id)]),
    );
    set({ kind, rest: { recordTypes } });
  };

  return (
    <fieldset class="group" data-testid="connector-form">
      <legend>Connector</legend>
      <SelectField
        label="API"
        value={connector.kind}
        options={CONNECTOR_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))}
        testId="connector-kind"
        onChange={(kind) => setKind(kind as ConnectorKind)}
      />
      <TextField
        label="API base URL"
        type="url"
        value={connector.baseUrl}
        testId="connector-base-url"
        onChange={(baseUrl) => set({ baseUrl })}
      />
      {vendorId ? (
        <TextField
          label={vendorId.label}
          value={connector[vendorId.key] ?? ''}
          testId={`connector-${vendorId.key}`}
          onChange={(value) => set({ [vendorId.key]: optional(value) })}
        />
      ) : null}
      <SelectField
        label="Authentication"
        value={connector.auth.type}
        options={AUTH_OPTIONS}
        testId="connector-auth"
        onChange={(type) =>
          set({ auth: changeAuth(connector.auth, type as AuthConfig['type'], system.id) })
        }
      />
      {connector.auth.type === 'apiKey' ? (
        <TextField
          label="API key header"
          value={connector.auth.header}
          testId="connector-api-key-header"
          onChange={(header) =>
            set({
              auth: { ...(connector.auth as Extract<AuthConfig, { type: 'apiKey' }>), header },
            })
          }
        />
      ) : null}
      {connector.auth.type === 'cookie' ? (
        <p class="muted">
          Requests carry the browser's cookies for the API origin, so the user must be signed in to
          the app.
        </p>
      ) : (
        <SecretField secretId={connector.auth.secretId} />
      )}
      <TextField
        label="Maximum requests at once"
        type="number"
        min={1}
        max={16}
        value={String(connector.maxConcurrent)}
        onChange={(value) => set({ maxConcurrent: Number(value) })}
      />
    </fieldset>
  );
}

function changeAuth(current: AuthConfig, type: AuthConfig['type'], systemId: string): AuthConfig {
  const secretId = current.type === 'cookie' ? systemId : current.secretId;
  if (type === 'cookie') return { type };
  if (type === 'apiKey')
    return { type, secretId, header: current.type === 'apiKey' ? current.header : 'X-Api-Key' };
  return { type, secretId };
}
