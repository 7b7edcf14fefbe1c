import type { ConnectorConfig } from '../config/schema';
import { ConnectorError } from './errors';
import type { SecretLookup } from './types';

/** Builds the Authorization header for a connector; cookie auth sends none. */
export async function authHeaders(
  config: ConnectorConfig,
  secrets: SecretLookup,
): Promise<Record<string, string>> {
  if (config.auth.type === 'cookie') return {};

  const token = await secrets(config.auth.secretId);
  if (!token) {
    throw new ConnectorError(
      'permanent',
      `no API token saved for "${config.auth.secretId}"; add it in the options page`,
    );
  }
  return { Authorization: `Bearer ${token}` };
}
