import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import { changedSystems, saveWorkspace } from '../../../lib/service/workspace-save';
import { WORKSPACE_KEY } from '../../../lib/service/workspace-store';
import v1Workspace from './fixtures/workspace-v1.json';
import { MemoryArea } from './memory-area';
import { restSystem } from './rest-system';

const warnings: string[] = [];
const warn = (message: string) => warnings.push(message);

function renamed(name: string) {
  return { ...structuredClone(DEMO_WORKSPACE), name };
}

describe('saveWorkspace', () => {
  test('stores valid workspace with one write', async () => {
    const local = new MemoryArea();
    const outcome = await saveWorkspace({ local }, renamed('Team'), warn);
    expect(outcome.saved).toBe(true);
    expect(local.writes).toBe(1);
    expect((local.data[WORKSPACE_KEY] as { name: string }).name).toBe('Team');
  });

  test('keeps previous workspace on error', async () => {
    const local = new MemoryArea({ [WORKSPACE_KEY]: renamed('Before') });
    const bad = renamed('After');
    bad.systems[0]!.statuses[0]!.canonical = ['archived'];

    const outcome = await saveWorkspace({ local }, bad, warn);
    if (outcome.saved) throw new Error('expected a rejection');
    expect(outcome.issues[0]?.path).toBe('systems[0].statuses[0].canonical[0]');
    expect(local.writes).toBe(0);
    expect((local.data[WORKSPACE_KEY] as { name: string }).name).toBe('Before');
  });

  test('migrates version 1 before storing', async () => {
    const local = new MemoryArea();
    const outcome = await saveWorkspace({ local }, structuredClone(v1Workspace), warn);
    if (!outcome.saved) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.fromVersion).toBe(1);
    expect((local.data[WORKSPACE_KEY] as { schemaVersion: number }).schemaVersion).toBe(2);
  });

  test('rejects edits under policy', async () => {
    const local = new MemoryArea();
    const managed = new MemoryArea({ [WORKSPACE_KEY]: renamed('Policy') });
    const outcome = await saveWorkspace({ local, managed }, renamed('Mine'), warn);
    if (outcome.saved) throw new Error('expected a rejection');
    expect(outcome.issues[0]?.message).toContain('enterprise policy');
    expect(local.writes).toBe(0);
  });

  test('returns the replaced workspace', async () => {
    const local = new MemoryArea({ [WORKSPACE_KEY]: renamed('Before') });
    const outcome = await saveWorkspace({ local }, renamed('After'), warn);
    if (!outcome.saved) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.previous.name).toBe('Before');
  });
});

describe('changedSystems', () => {
  test('lists added and edited systems', () => {
    const next = structuredClone(DEMO_WORKSPACE);
    next.systems.push(restSystem());
    next.systems[1]!.label = 'Ledger';
    expect(changedSystems(DEMO_WORKSPACE, next)).toEqual(['books', 'dispatch']);
  });

  test('lists system with new mapping', () => {
    const next = structuredClone(DEMO_WORKSPACE);
    next.fieldMappings = [
      {
        from: { system: 'crm', recordType: 'deal', field: 'job' },
        to: { system: 'scheduler', recordType: 'job' },
      },
    ];
    expect(changedSystems(DEMO_WORKSPACE, next)).toEqual(['crm']);
  });

  test('ignores unchanged systems', () => {
    expect(changedSystems(DEMO_WORKSPACE, renamed('Other'))).toEqual([]);
  });
});
