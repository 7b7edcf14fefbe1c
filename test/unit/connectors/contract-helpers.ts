import { ConnectorError } from '../../../lib/connectors/errors';
import type { AuthConfig, SystemConfig } from '../../../lib/config/schema';
import type { ConnectorPreset } from '../../../lib/connectors/presets';
import type { RemoteState } from '../../../lib/connectors/types';

export const TOKEN = 'contract-test-token-0001';

/** Builds a preset's system with its API pointed at a local double. */
export function presetSystem(
  preset: ConnectorPreset,
  origin: string,
  params: Record<string, string> = {},
  auth: AuthConfig = { type: 'bearer', secretId: preset.id },
  basePath = '',
): SystemConfig {
  return preset.build({
    id: preset.id.replace(/[^a-z0-9_-]/g, '-'),
    label: preset.label,
    origin: preset.defaults.origin,
    baseUrl: `${origin}${basePath}`,
    auth,
    params,
  });
}

/** Awaits a promise that must reject with a ConnectorError and returns the error. */
export async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ConnectorError))
    throw new Error(`expected a ConnectorError, got ${String(error)}`);
  return error;
}

/** Write options for a record last seen at `version` with `status`. */
export function seen(
  status: string,
  version?: string,
  amount?: number,
): { current: RemoteState; idempotencyKey: string } {
  return {
    idempotencyKey: 'item-1',
    current: {
      status,
      version,
      record: {
        key: '',
        system: '',
        type: '',
        kind: 'work',
        id: '',
        pageId: '',
        title: '',
        fields: {},
        xrefs: {},
        updatedAt: '',
        amount,
      },
    },
  };
}
