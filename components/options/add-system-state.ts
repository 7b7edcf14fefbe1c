import type { AuthConfig } from '@/lib/config/schema';
import type { ConnectorPreset } from '@/lib/connectors/presets';

/** Auth choices of the add form and the connector editor. */
export const AUTH_OPTIONS = [
  { value: 'bearer', label: 'Bearer token' },
  { value: 'apiKey', label: 'API key in a header' },
  { value: 'cookie', label: 'Session cookie of the signed-in user' },
];

/** The add form's inputs, before they become a system. */
export interface FormState {
  presetId: string;
  id: string;
  label: string;
  origin: string;
  baseUrl: string;
  auth: AuthConfig['type'];
  apiKeyHeader: string;
  token: string;
  params: Record<string, string>;
}

/** Empty inputs with the preset's suggested origin, base URL and auth. */
export function initialState(preset: ConnectorPreset): FormState {
  const { defaults } = preset;
  return {
    presetId: preset.id,
    id: '',
    label: '',
    origin: defaults.origin,
    baseUrl: defaults.baseUrl,
    auth: defaults.auth,
    apiKeyHeader: defaults.apiKeyHeader ?? 'X-Api-Key',
    token: '',
    params: {},
  };
}

/** Auth settings for the new system; the token is stored under the system's id. */
export function authConfig(form: FormState): AuthConfig {
  const secretId = form.id.trim();
  if (form.auth === 'cookie') return { type: 'cookie' };
  if (form.auth === 'apiKey') return { type: 'apiKey', secretId, header: form.apiKeyHeader.trim() };
  return { type: 'bearer', secretId };
}
