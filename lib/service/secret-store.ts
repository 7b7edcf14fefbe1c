import type { SecretStatus } from '../config/admin-messages';
import { SECRETS_KEY, unbindSecret } from './secrets';
import type { StorageArea } from './workspace-store';

/** A storage area the background can write: `browser.storage.local`. */
export interface WritableArea extends StorageArea {
  set(items: Record<string, unknown>): Promise<void>;
}

/** Shortest token whose last four characters may be shown; shorter ones show only "saved". */
export const MIN_LENGTH_FOR_HINT = 12;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Stores one token under `secretId` in `storage.local`, never in sync storage. Writes are
 * queued, because each one rewrites the whole secrets object.
 */
export function writeSecret(
  local: WritableArea,
  secretId: string,
  value: string,
): Promise<SecretStatus> {
  return serialise(async () => {
    const secrets = await readAll(local);
    secrets[secretId] = value;
    await local.set({ [SECRETS_KEY]: secrets });
    await unbindSecret(local, secretId);
    return statusOf(value);
  });
}

export function deleteSecret(local: WritableArea, secretId: string): Promise<SecretStatus> {
  return serialise(async () => {
    const secrets = await readAll(local);
    delete secrets[secretId];
    await local.set({ [SECRETS_KEY]: secrets });
    await unbindSecret(local, secretId);
    return { saved: false };
  });
}

/** Returns whether each token is saved, with at most its last four characters. */
export async function secretStatus(
  local: StorageArea,
  secretIds: string[],
): Promise<Record<string, SecretStatus>> {
  const secrets = await readAll(local);
  return Object.fromEntries(secretIds.map((id) => [id, statusOf(secrets[id])]));
}

function statusOf(value: string | undefined): SecretStatus {
  if (value === undefined) return { saved: false };
  if (value.length < MIN_LENGTH_FOR_HINT) return { saved: true };
  return { saved: true, last4: value.slice(-4) };
}

async function readAll(local: StorageArea): Promise<Record<string, string>> {
  const stored = (await local.get(SECRETS_KEY))[SECRETS_KEY];
  if (stored === null || typeof stored !== 'object') return {};
  const entries = Object.entries(stored as Record<string, unknown>);
  return Object.fromEntries(
    entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function serialise<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
