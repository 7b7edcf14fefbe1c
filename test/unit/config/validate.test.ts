import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import { appValueFor } from '../../../lib/config/lookup';
import { SCHEMA_VERSION } from '../../../lib/config/schema';
import { parseWorkspace, type ConfigIssue } from '../../../lib/config/validate';
import { restSystem } from './rest-system';

const clone = () => structuredClone(DEMO_WORKSPACE);

function issuesOf(input: unknown): ConfigIssue[] {
  const result = parseWorkspace(input);
  if (result.ok) throw new Error('expected the workspace to be rejected');
  return result.issues;
}

function issueAt(input: unknown, path: string): ConfigIssue {
  const issues = issuesOf(input);
  const issue = issues.find((item) => item.path === path);
  if (!issue) throw new Error(`no issue at ${path}; got ${JSON.stringify(issues)}`);
  return issue;
}

describe('parseWorkspace', () => {
  test('accepts demo workspace', () => {
    expect(parseWorkspace(DEMO_WORKSPACE).ok).toBe(true);
  });

  test('names path of wrong type', () => {
    const input = clone() as unknown as { systems: { origins: unknown }[] };
    input.systems[0]!.origins = 'http://127.0.0.1:4101';
    const issue = issuesOf(input)[0];
    expect(issue?.path).toBe('systems[0].origins');
    expect(issue?.message).toContain('expected array');
  });

  test('rejects duplicate system ids', () => {
    const input = clone();
    input.systems[1]!.id = 'crm';
    const issue = issuesOf(input)[0];
    expect(issue?.path).toBe('systems[1].id');
    expect(issue?.message).toContain('duplicate id "crm"');
  });

  test('rejects duplicate canonical ids', () => {
    const input = clone();
    input.canonicalStatuses[1]!.id = 'scheduled';
    expect(issueAt(input, 'canonicalStatuses[1].id').message).toContain('duplicate id "scheduled"');
  });

  test('rejects unknown canonical status', () => {
    const input = clone();
    input.systems[0]!.statuses[0]!.canonical = ['archived'];
    const issue = issuesOf(input)[0];
    expect(issue?.path).toBe('systems[0].statuses[0].canonical[0]');
    expect(issue?.message).toContain('unknown canonical status "archived"');
    expect(issue?.message).toContain('add it to canonicalStatuses');
  });

  test('rejects missing canonical statuses', () => {
    const input = clone() as Partial<typeof DEMO_WORKSPACE>;
    delete input.canonicalStatuses;
    expect(issueAt(input, 'canonicalStatuses').message).toContain('expected array');
  });

  test('rejects canonical mapped twice in one system', () => {
    const input = clone();
    input.systems[2]!.statuses[1]!.canonical.push('scheduled');
    expect(issuesOf(input)[0]?.message).toContain('already mapped to "scheduled"');
  });

  test('rejects newer schema version', () => {
    const input = { ...clone(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(issuesOf(input)[0]?.path).toBe('schemaVersion');
  });

  test('rejects mapping to unknown system', () => {
    const input = clone();
    input.fieldMappings = [
      {
        from: { system: 'crm', recordType: 'deal', field: 'job' },
        to: { system: 'ledger', recordType: 'job' },
      },
    ];
    const issue = issueAt(input, 'fieldMappings[0].to.system');
    expect(issue.message).toContain('unknown system "ledger"');
    expect(issue.message).toContain('crm, books, scheduler');
  });

  test('rejects mapping to unknown record type', () => {
    const input = clone();
    input.fieldMappings = [
      {
        from: { system: 'crm', recordType: 'deal', field: 'job' },
        to: { system: 'scheduler', recordType: 'visit' },
      },
    ];
    expect(issueAt(input, 'fieldMappings[0].to.recordType').message).toContain(
      'use one of: client, job',
    );
  });

  test('rejects mapping within one system', () => {
    const input = clone();
    input.fieldMappings = [
      {
        from: { system: 'crm', recordType: 'deal', field: 'x' },
        to: { system: 'crm', recordType: 'contact' },
      },
    ];
    expect(issueAt(input, 'fieldMappings[0].to.system').message).toContain('two different systems');
  });

  test('rejects unknown source of truth', () => {
    const input = clone();
    input.sourceOfTruth = { status: 'ledger' };
    expect(issueAt(input, 'sourceOfTruth.status').message).toContain('unknown system "ledger"');
  });

  test('rejects inverted thresholds', () => {
    const input = clone();
    input.matchThresholds = { match: 0.6, possible: 0.8 };
    expect(issueAt(input, 'matchThresholds.possible').message).toContain('must not be above');
  });

  test('rejects threshold above one', () => {
    const input = clone();
    input.matchThresholds = { match: 1.5, possible: 0.5 };
    expect(issueAt(input, 'matchThresholds.match').message).toContain('<=1');
  });

  test('rejects non-http base URL', () => {
    const input = clone();
    input.systems[0]!.connector.baseUrl = 'javascript:alert(1)';
    expect(issueAt(input, 'systems[0].connector.baseUrl').message).toContain('http://');
  });

  test('rejects origin with a path', () => {
    const input = clone();
    input.systems[0]!.origins = ['http://127.0.0.1:4101/deals'];
    expect(issueAt(input, 'systems[0].origins[0]').message).toContain('origin with no path');
  });

  test('requires realm id for QuickBooks', () => {
    const input = clone();
    delete input.systems[1]!.connector.realmId;
    expect(issueAt(input, 'systems[1].connector.realmId').message).toContain('needs realmId');
  });

  test('rejects record type a connector lacks', () => {
    const input = clone();
    input.systems[0]!.recordTypes[1]!.id = 'ticket';
    const issue = issueAt(input, 'systems[0].recordTypes[1].id');
    expect(issue.message).toContain('reads only contact and deal');
  });

  test('strips unknown keys such as tokens', () => {
    const input = clone() as unknown as {
      systems: { connector: { auth: Record<string, unknown> } }[];
    };
    input.systems[0]!.connector.auth.token = 'secret-token-1234';
    const result = parseWorkspace(input);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(JSON.stringify(result.workspace)).not.toContain('secret-token-1234');
  });
});

describe('generic REST checks', () => {
  const withRest = (change: (system: ReturnType<typeof restSystem>) => void) => {
    const input = clone();
    const system = restSystem();
    change(system);
    input.systems.push(system);
    return input;
  };

  test('accepts complete settings', () => {
    const result = parseWorkspace(withRest(() => undefined));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  test('requires rest settings', () => {
    const input = withRest((system) => delete system.connector.rest);
    expect(issueAt(input, 'systems[3].connector.rest').message).toContain('list and read paths');
  });

  test('requires settings per record type', () => {
    const input = withRest((system) => {
      system.connector.rest!.recordTypes = {};
    });
    expect(issueAt(input, 'systems[3].connector.rest.recordTypes.order').message).toContain(
      'add the API settings',
    );
  });

  test('rejects settings for unknown type', () => {
    const input = withRest((system) => {
      const settings = system.connector.rest!.recordTypes.order!;
      system.connector.rest!.recordTypes.ticket = settings;
    });
    expect(issueAt(input, 'systems[3].connector.rest.recordTypes.ticket').message).toContain(
      'no record type "ticket"',
    );
  });

  test('requires status path on work types', () => {
    const input = withRest((system) => delete system.connector.rest!.recordTypes.order!.statusPath);
    expect(
      issueAt(input, 'systems[3].connector.rest.recordTypes.order.statusPath').message,
    ).toContain('status');
  });

  test('rejects body that is not JSON', () => {
    const input = withRest((system) => {
      system.connector.rest!.recordTypes.order!.write!.body = '{status: {{status}}}';
    });
    expect(
      issueAt(input, 'systems[3].connector.rest.recordTypes.order.write.body').message,
    ).toContain('not valid JSON');
  });

  test('requires status placeholder', () => {
    const input = withRest((system) => {
      system.connector.rest!.recordTypes.order!.write!.body = '{"state": "done"}';
    });
    expect(
      issueAt(input, 'systems[3].connector.rest.recordTypes.order.write.body').message,
    ).toContain('"{{status}}"');
  });

  test('requires version placeholder for body versions', () => {
    const input = withRest((system) => {
      system.connector.rest!.recordTypes.order!.write!.body = '{"state": "{{status}}"}';
    });
    expect(
      issueAt(input, 'systems[3].connector.rest.recordTypes.order.write.body').message,
    ).toContain('"{{version}}"');
  });

  test('rejects bad field path', () => {
    const input = withRest((system) => {
      system.connector.rest!.recordTypes.order!.idPath = 'items[0].id';
    });
    expect(issueAt(input, 'systems[3].connector.rest.recordTypes.order.idPath').message).toContain(
      'joined by dots',
    );
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
