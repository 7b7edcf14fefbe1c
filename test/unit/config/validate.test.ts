import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import { appValueFor } from '../../../lib/config/lookup';
import { parseWorkspace } from '../../../lib/config/validate';

const clone = () => structuredClone(DEMO_WORKSPACE);

function issuesOf(input: unknown) {
  const result = parseWorkspace(input);
  if (result.ok) throw new Error('expected the workspace to be rejected');
  return result.issues;
}

describe('parseWorkspace', () => {
  test('accepts demo workspace', () => {
    expect(parseWorkspace(DEMO_WORKSPACE).ok).toBe(true);
  });

  test('names path of wrong type', () => {
    const input = clone() as unknown as { systems: { origins: unknown }[] };
    input.systems[0]!.origins = 'http://127.0.0.1:4101';
    expect(issuesOf(input)[0]?.path).toBe('systems[0].origins');
  });

  test('rejects duplicate system ids', () => {
    const input = clone();
    input.systems[1]!.id = 'crm';
    const issue = issuesOf(input)[0];
    expect(issue?.path).toBe('systems[1].id');
    expect(issue?.message).toContain('duplicate id "crm"');
  });

  test('rejects unknown canonical status', () => {
    const input = clone();
    input.systems[0]!.statuses[0]!.canonical = ['archived'];
    const issue = issuesOf(input)[0];
    expect(issue?.path).toBe('systems[0].statuses[0].canonical[0]');
    expect(issue?.message).toContain('unknown canonical status "archived"');
  });

  test('rejects canonical mapped twice in one system', () => {
    const input = clone();
    input.systems[2]!.statuses[1]!.canonical.push('scheduled');
    expect(issuesOf(input)[0]?.message).toContain('already mapped to "scheduled"');
  });

  test('rejects newer schema version', () => {
    const input = { ...clone(), schemaVersion: 2 };
    expect(issuesOf(input)[0]?.path).toBe('schemaVersion');
  });
});

describe('appValueFor', () => {
  test('maps completed per app', () => {
    const [crm, books, scheduler] = DEMO_WORKSPACE.systems;
    expect(appValueFor(crm!, 'completed')).toBe('201345678');
    expect(appValueFor(books!, 'completed')).toBe('sent');
    expect(appValueFor(scheduler!, 'completed')).toBe('completed');
  });

  test('returns undefined when unmapped', () => {
    const scheduler = structuredClone(DEMO_WORKSPACE.systems[2]!);
    scheduler.statuses = scheduler.statuses.filter((status) => status.value !== 'cancelled');
    expect(appValueFor(scheduler, 'cancelled')).toBeUndefined();
  });
});
