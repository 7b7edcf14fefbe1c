import type { ConfigIssue } from './issues';
import { DEFAULT_MATCH_THRESHOLDS, SCHEMA_VERSION } from './schema';

type JsonObject = Record<string, unknown>;

export type MigrationResult =
  { ok: true; value: JsonObject; fromVersion: number } | { ok: false; issues: ConfigIssue[] };

/** Step from each version to the next; every version below SCHEMA_VERSION needs one. */
const MIGRATIONS: Record<number, (input: JsonObject) => JsonObject> = {
  1: migrateV1ToV2,
};

/**
 * Brings workspace JSON of any earlier schema version up to SCHEMA_VERSION. It checks only
 * the version; the caller validates the result. A newer version is rejected, because fields
 * this build does not know would be dropped silently.
 */
export function migrateWorkspace(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return failure(
      '',
      'expected a JSON object with schemaVersion, name, canonicalStatuses and systems',
    );
  }
  const version = (input as JsonObject).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const got = JSON.stringify(version) ?? 'nothing';
    return failure(
      'schemaVersion',
      `expected a whole number from 1 to ${SCHEMA_VERSION}, got ${got}; set "schemaVersion": ${SCHEMA_VERSION}`,
    );
  }
  if (version > SCHEMA_VERSION) {
    return failure(
      'schemaVersion',
      `version ${version} is newer than this Lockstep supports (${SCHEMA_VERSION}); update the extension, or export the workspace from a Lockstep that writes version ${SCHEMA_VERSION}`,
    );
  }

  let value = input as JsonObject;
  for (let step = version; step < SCHEMA_VERSION; step += 1) {
    const migrate = MIGRATIONS[step];
    if (!migrate) throw new Error(`no migration from workspace schema version ${step}`);
    value = migrate(value);
  }
  return { ok: true, value, fromVersion: version };
}

/**
 * Version 2 adds cross-reference field mappings, the source of truth per field and the match
 * thresholds. Version 1 workspaces had none of them, so they get the values that were built in.
 */
function migrateV1ToV2(input: JsonObject): JsonObject {
  return {
    ...input,
    schemaVersion: 2,
    fieldMappings: [],
    sourceOfTruth: {},
    matchThresholds: { ...DEFAULT_MATCH_THRESHOLDS },
  };
}

function failure(path: string, message: string): MigrationResult {
  return { ok: false, issues: [{ path, message }] };
}
