import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import {
  removeCanonical,
  removeSystem,
  renameCanonical,
  renameRecordType,
  setStatusMapping,
  unmappedCanonicals,
  unmappedValues,
} from '../../../lib/config/edit';
import { appValueFor, findSystem } from '../../../lib/config/lookup';
import { parseWorkspace } from '../../../lib/config/validate';

const crmOf = (workspace: typeof DEMO_WORKSPACE) => findSystem(workspace, 'crm')!;

describe('setStatusMapping', () => {
  test('moves canonical to new value', () => {
    const next = setStatusMapping(DEMO_WORKSPACE, 'crm', 'completed', 'closedwon');
    expect(appValueFor(crmOf(next), 'completed')).toBe('closedwon');
    expect(crmOf(next).statuses.find((status) => status.value === '201345678')?.canonical).toEqual(
      [],
    );
    expect(parseWorkspace(next).ok).toBe(true);
  });

  test('keeps the value primary canonical', () => {
    const next = setStatusMapping(DEMO_WORKSPACE, 'crm', 'completed', 'closedwon');
    expect(crmOf(next).statuses.find((status) => status.value === 'closedwon')?.canonical).toEqual([
      'paid',
      'completed',
    ]);
  });

  test('unmaps with undefined', () => {
    const next = setStatusMapping(DEMO_WORKSPACE, 'crm', 'cancelled', undefined);
    expect(appValueFor(crmOf(next), 'cancelled')).toBeUndefined();
    expect(unmappedCanonicals(next, crmOf(next))).toEqual(['cancelled']);
    expect(unmappedValues(crmOf(next))).toEqual(['closedlost']);
  });

  test('leaves input unchanged', () => {
    const before = structuredClone(DEMO_WORKSPACE);
    setStatusMapping(DEMO_WORKSPACE, 'crm', 'completed', 'closedwon');
    expect(DEMO_WORKSPACE).toEqual(before);
  });
});

describe('removeSystem', () => {
  test('drops mappings and sources naming it', () => {
    const input = structuredClone(DEMO_WORKSPACE);
    input.fieldMappings = [
      {
        from: { system: 'crm', recordType: 'deal', field: 'job' },
        to: { system: 'scheduler', recordType: 'job' },
      },
    ];
    input.sourceOfTruth = { status: 'scheduler', amount: 'books' };
    const next = removeSystem(input, 'scheduler');
    expect(next.systems.map((system) => system.id)).toEqual(['crm', 'books']);
    expect(next.fieldMappings).toEqual([]);
    expect(next.sourceOfTruth).toEqual({ amount: 'books' });
    expect(parseWorkspace(next).ok).toBe(true);
  });
});

describe('removeCanonical', () => {
  test('drops every mapping to it', () => {
    const next = removeCanonical(DEMO_WORKSPACE, 'on_hold');
    expect(next.canonicalStatuses.map((status) => status.id)).not.toContain('on_hold');
    expect(JSON.stringify(next.systems)).not.toContain('on_hold');
    expect(parseWorkspace(next).ok).toBe(true);
  });
});

describe('renameRecordType', () => {
  test('renames rest settings and mappings', async () => {
    const { restSystem } = await import('./rest-system');
    const input = structuredClone(DEMO_WORKSPACE);
    input.systems.push(restSystem());
    input.fieldMappings = [
      {
        from: { system: 'dispatch', recordType: 'order', field: 'job_ref' },
        to: { system: 'scheduler', recordType: 'job' },
      },
    ];
    const next = renameRecordType(input, 'dispatch', 'order', 'work_order');
    const system = findSystem(next, 'dispatch')!;
    expect(system.recordTypes[0]?.id).toBe('work_order');
    expect(Object.keys(system.connector.rest!.recordTypes)).toEqual(['work_order']);
    expect(next.fieldMappings[0]?.from.recordType).toBe('work_order');
    expect(parseWorkspace(next).ok).toBe(true);
  });
});

describe('renameCanonical', () => {
  test('renames every mapping to it', () => {
    const next = renameCanonical(DEMO_WORKSPACE, 'completed', 'done');
    expect(next.canonicalStatuses.map((status) => status.id)).toContain('done');
    expect(appValueFor(crmOf(next), 'done')).toBe('201345678');
    expect(parseWorkspace(next).ok).toBe(true);
  });
});
