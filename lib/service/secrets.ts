import type { StorageArea } from './workspace-store';

/** Key in `storage.local` holding API tokens by secret id; read only by the background. */
export const SECRETS_KEY = 'secrets';

export async function readSecret(
  local: StorageArea,
  secretId: string,
): Promise<string | undefined> {
  const stored = (await local.get(SECRETS_KEY))[SECRETS_KEY];
  if (stored === null || typeof stored !== 'object') return undefined;
  const value = (stored as Record<string, unknown>)[secretId];
  return typeof value === 'string' ? value : undefined;
}
