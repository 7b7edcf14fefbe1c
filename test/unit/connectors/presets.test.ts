import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import { parseWorkspace } from '../../../lib/config/validate';
import { createConnector } from '../../../lib/connectors';
import { fitCanonicals, PRESETS } from '../../../lib/connectors/presets';
import { secretsOf } from './double';

const PARAMS = {
  portalId: '123456',
  realmId: '9130357766433',
  tenantId: 'tenant-1',
  companyDomain: 'acme',
  calendarId: 'primary',
};

function added(presetIndex: number) {
  const preset = PRESETS[presetIndex]!;
  const built = preset.build({
    id: `new-${preset.id}`.slice(0, 40),
    label: preset.label,
    origin: preset.defaults.origin || 'https://app.example.com',
    baseUrl: preset.defaults.baseUrl || 'https://api.example.com',
    auth: { type: 'bearer', secretId: 'new' },
    params: PARAMS,
  });
  const system = fitCanonicals(
    built,
    DEMO_WORKSPACE.canonicalStatuses.map((status) => status.id),
  );
  return {
    preset,
    system,
    workspace: { ...structuredClone(DEMO_WORKSPACE), systems: [...DEMO_WORKSPACE.systems, system] },
  };
}

describe('connector presets', () => {
  test('cover the documented vendors', () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual([
      'scratch',
      'hubspot',
      'qbo',
      'xero',
      'jobber',
      'pipedrive',
      'google-calendar',
    ]);
  });

  test.each(PRESETS.map((preset, index) => [preset.id, index] as const))(
    '%s builds a valid system',
    (_id, index) => {
      const { workspace } = added(index);
      const result = parseWorkspace(workspace);
      expect(result.ok ? [] : result.issues).toEqual([]);
    },
  );

  test.each(PRESETS.map((preset, index) => [preset.id, index] as const))(
    '%s states its API facts',
    (_id, index) => {
      const { preset } = added(index);
      expect(preset.idFormats.length).toBeGreaterThan(0);
      expect(preset.concurrency.length).toBeGreaterThan(20);
      expect(preset.rateLimits.length).toBeGreaterThan(0);
    },
  );

  test.each(PRESETS.map((preset, index) => [preset.id, index] as const))(
    '%s creates its connector',
    (_id, index) => {
      const { system } = added(index);
      expect(() => createConnector(system, secretsOf('t'))).not.toThrow();
    },
  );

  test('fitCanonicals drops unknown canonicals', () => {
    const { system } = added(1);
    const fitted = fitCanonicals(system, ['paid']);
    expect(fitted.statuses.flatMap((status) => status.canonical)).toEqual(['paid']);
  });

  test('fitCanonicals maps each canonical once', () => {
    const { system } = added(1);
    const doubled = {
      ...system,
      statuses: system.statuses.map((status) => ({ ...status, canonical: ['paid'] })),
    };
    expect(
      fitCanonicals(doubled, ['paid']).statuses.filter((status) => status.canonical.length > 0),
    ).toHaveLength(1);
  });
});
