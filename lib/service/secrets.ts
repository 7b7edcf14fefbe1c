import { ConnectorError } from '../connectors/errors';
import type { StorageArea } from './workspace-store';

/** Key in `storage.local` holding API tokens by secret id; read only by the background. */
export const SECRETS_KEY = 'secrets';

/** Key in `storage.local` holding, by secret id, the API origin a token was first sent to. */
export const SECRET_ORIGINS_KEY = 'secretOrigins';

export async function readSecret(
  local: StorageArea,
  secretId: string,
): Promise<string | undefined> {
  const stored = (await local.get(SECRETS_KEY))[SECRETS_KEY];
  if (stored === null || typeof stored !== 'object') return undefined;
  const value = (stored as Record<string, unknown>)[secretId];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Returns the token for `secretId` only for the API origin it is bound to. A token is bound to
 * the first origin it is sent to, and saving a new token clears the binding. A workspace edit
 * that moves a connector's base URL elsewhere therefore cannot send the saved token there.
 */
export async function readSecretFor(
  local: StorageArea & { set(items: Record<string, unknown>): Promise<void> },
  secretId: string,
  origin: string,
): Promise<string | undefined> {
  const token = await readSecret(local, secretId);
  if (token === undefined) return undefined;

  const stored = (await local.get(SECRET_ORIGINS_KEY))[SECRET_ORIGINS_KEY];
  const bindings =
    stored !== null && typeof stored === 'object' ? { ...(stored as Record<string, unknown>) } : {};
  const bound = bindings[secretId];
  if (bound === undefined) {
    await local.set({ [SECRET_ORIGINS_KEY]: { ...bindings, [secretId]: origin } });
    return token;
  }
  if (bound === origin) return token;
  throw new ConnectorError(
    'permanent',
    `the saved token "${secretId}" belongs to ${String(bound)}, not ${origin}; enter the token again in the options page to use it with the new base URL`,
  );
}

/** Forgets which origin a token belongs to; called when a new token is saved. */
export async function unbindSecret(
  local: StorageArea & { set(items: Record<string, unknown>): Promise<void> },
  secretId: string,
): Promise<void> {
  const stored = (await local.get(SECRET_ORIGINS_KEY))[SECRET_ORIGINS_KEY];
  if (stored === null || typeof stored !== 'object') return;
  const bindings = { ...(stored as Record<string, unknown>) };
  delete bindings[secretId];
  await local.set({ [SECRET_ORIGINS_KEY]: bindings });
}
