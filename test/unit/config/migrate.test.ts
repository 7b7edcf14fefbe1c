import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import { migrateWorkspace } from '../../../lib/config/migrate';
import { DEFAULT_MATCH_THRESHOLDS, SCHEMA_VERSION } from '../../../lib/config/schema';
import { parseWorkspace } from '../../../lib/config/validate';
import { DEFAULT_THRESHOLDS } from '../../../lib/match/score';
import v1Workspace from './fixtures/workspace-v1.json';

describe('migrateWorkspace', () => {
  test('version 1 becomes current version', () => {
    const result = migrateWorkspace(structuredClone(v1Workspace));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.fromVersion).toBe(1);
    expect(result.value.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.value.fieldMappings).toEqual([]);
    expect(result.value.sourceOfTruth).toEqual({});
    expect(result.value.matchThresholds).toEqual(DEFAULT_MATCH_THRESHOLDS);
  });

  test('version 1 keeps systems and statuses', () => {
    const result = parseWorkspace(structuredClone(v1Workspace));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.fromVersion).toBe(1);
    expect(result.workspace.systems.map((system) => system.id)).toEqual([
      'crm',
      'books',
      'scheduler',
    ]);
    expect(result.workspace.systems).toEqual(DEMO_WORKSPACE.systems);
    expect(result.workspace.canonicalStatuses).toEqual(DEMO_WORKSPACE.canonicalStatuses);
  });

  test('does not change its input', () => {
    const input = structuredClone(v1Workspace);
    migrateWorkspace(input);
    expect(input).toEqual(v1Workspace);
  });

  test('current version passes unchanged', () => {
    const result = migrateWorkspace(structuredClone(DEMO_WORKSPACE));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.fromVersion).toBe(SCHEMA_VERSION);
    expect(result.value).toEqual(DEMO_WORKSPACE);
  });

  test('rejects newer version', () => {
    const result = migrateWorkspace({ ...DEMO_WORKSPACE, schemaVersion: SCHEMA_VERSION + 1 });
    if (result.ok) throw new Error('expected a rejection');
    expect(result.issues[0]?.path).toBe('schemaVersion');
    expect(result.issues[0]?.message).toContain(`version ${SCHEMA_VERSION + 1} is newer`);
    expect(result.issues[0]?.message).toContain('update the extension');
  });

  test.each([
    ['missing', undefined],
    ['a string', '2'],
    ['zero', 0],
    ['a fraction', 1.5],
  ])('rejects version that is %s', (_name, version) => {
    const result = migrateWorkspace({ ...DEMO_WORKSPACE, schemaVersion: version });
    if (result.ok) throw new Error('expected a rejection');
    expect(result.issues[0]?.path).toBe('schemaVersion');
    expect(result.issues[0]?.message).toContain(`set "schemaVersion": ${SCHEMA_VERSION}`);
  });

  test('rejects non-object input', () => {
    const result = migrateWorkspace([DEMO_WORKSPACE]);
    if (result.ok) throw new Error('expected a rejection');
    expect(result.issues[0]?.path).toBe('');
  });
});

describe('DEFAULT_MATCH_THRESHOLDS', () => {
  test('equals matcher defaults', () => {
    expect(DEFAULT_MATCH_THRESHOLDS).toEqual(DEFAULT_THRESHOLDS);
  });
});
