import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import { buildManagedSchema } from '../../../lib/config/managed-schema';
import v1Workspace from './fixtures/workspace-v1.json';

type Schema = Record<string, unknown>;

const CHROME_KEYWORDS = [
  'type',
  'description',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'required',
  'title',
];

/** Visits every schema node with its JSON path. */
function visit(node: Schema, path: string, check: (node: Schema, path: string) => void): void {
  check(node, path);
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) {
    visit(child, `${path}.${key}`, check);
  }
  if (node.items) visit(node.items as Schema, `${path}[]`, check);
  if (typeof node.additionalProperties === 'object') {
    visit(node.additionalProperties as Schema, `${path}{}`, check);
  }
}

/** Checks a value against the Chrome subset; returns the paths that fail. */
function conformance(schema: Schema, value: unknown, path = ''): string[] {
  const type = schema.type;
  const fail = [`${path}: expected ${String(type)}`];
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail;
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const missing = ((schema.required ?? []) as string[]).filter((key) => !(key in record));
    return [
      ...missing.map((key) => `${path}.${key}: missing`),
      ...Object.entries(record).flatMap(([key, child]) => {
        const childSchema = properties[key] ?? (schema.additionalProperties as Schema | undefined);
        return childSchema ? conformance(childSchema, child, `${path}.${key}`) : [];
      }),
    ];
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return fail;
    return value.flatMap((item, index) =>
      conformance(schema.items as Schema, item, `${path}[${index}]`),
    );
  }
  if (type === 'integer' && !Number.isInteger(value)) return fail;
  if (type !== 'integer' && type !== 'array' && typeof value !== type) return fail;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return [`${path}: not in enum`];
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(String(value))) {
    return [`${path}: does not match ${schema.pattern}`];
  }
  return [];
}

describe('buildManagedSchema', () => {
  const schema = buildManagedSchema();
  const workspace = (schema.properties as Record<string, Schema>).workspace!;

  test('uses only Chrome keywords', () => {
    const extra: string[] = [];
    visit(schema, '', (node, path) => {
      for (const key of Object.keys(node))
        if (!CHROME_KEYWORDS.includes(key)) extra.push(`${path} ${key}`);
    });
    expect(extra).toEqual([]);
  });

  test('gives every node one type', () => {
    const untyped: string[] = [];
    visit(schema, '', (node, path) => {
      if (typeof node.type !== 'string') untyped.push(path);
    });
    expect(untyped).toEqual([]);
  });

  test('gives every array items', () => {
    const bare: string[] = [];
    visit(schema, '', (node, path) => {
      if (node.type === 'array' && !node.items) bare.push(path);
    });
    expect(bare).toEqual([]);
  });

  test('bounds only integers', () => {
    const bounded: string[] = [];
    visit(schema, '', (node, path) => {
      if (node.type !== 'integer' && ('minimum' in node || 'maximum' in node)) bounded.push(path);
    });
    expect(bounded).toEqual([]);
  });

  test('accepts demo workspace', () => {
    expect(conformance(workspace, DEMO_WORKSPACE)).toEqual([]);
  });

  test('accepts version 1 workspace', () => {
    expect(conformance(workspace, v1Workspace)).toEqual([]);
  });

  test('rejects wrong connector kind', () => {
    const input = structuredClone(DEMO_WORKSPACE) as unknown as {
      systems: { connector: { kind: string } }[];
    };
    input.systems[0]!.connector.kind = 'salesforce';
    expect(conformance(workspace, input)).toEqual(['.systems[0].connector.kind: not in enum']);
  });

  test('merges auth variants', () => {
    const systems = (workspace.properties as Record<string, Schema>).systems!;
    const connector = ((systems.items as Schema).properties as Record<string, Schema>).connector!;
    const auth = (connector.properties as Record<string, Schema>).auth!;
    const type = (auth.properties as Record<string, Schema>).type!;
    expect(type.enum).toEqual(['bearer', 'apiKey', 'cookie']);
    expect(auth.required).toEqual(['type']);
  });
});
