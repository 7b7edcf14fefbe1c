import type { ConnectorConfig } from '../config/schema';
import { ConnectorError } from './errors';
import type { SecretLookup } from './types';

/** Builds the auth header for a connector: bearer or API key. Cookie auth sends none. */
export async function authHeaders(
  config: ConnectorConfig,
  secrets: SecretLookup,
): Promise<Record<string, string>> {
  if (config.auth.type === 'cookie') return {};

  const token = await secrets(config.auth.secretId, new URL(config.baseUrl).origin);
  if (!token) {
    throw new ConnectorError(
      'permanent',
      `no API token saved for "${config.auth.secretId}"; add it in the options page`,
    );
  }
  if (config.auth.type === 'apiKey') return { [config.auth.header]: token };
  return { Authorization: `Bearer ${token}` };
}

/** Cookie auth needs the browser's cookies on the request; every other kind omits them. */
export function authCredentials(config: ConnectorConfig): 'omit' | 'include' {
  return config.auth.type === 'cookie' ? 'include' : 'omit';
}
