import { z } from 'zod';
import { SCHEMA_VERSION, workspaceSchema } from './schema';

type JsonSchema = Record<string, unknown>;

/**
 * Keywords Chrome's policy schema accepts (a subset of JSON Schema draft 3/4). Chromium 156
 * refused to load the extension for `anyOf`, `additionalProperties: false`, `minimum` on a
 * number, an array without `items` and a list of types, so those are rewritten or dropped.
 */
const CHROME_KEYWORDS = new Set([
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
]);

/**
 * Builds the `storage.managed_schema` document: one `workspace` property described by the
 * zod workspace schema as an administrator writes it. Chrome checks policy values against it.
 * The background still validates the managed workspace with zod, because refinements such as
 * the reference checks cannot be expressed in this format.
 */
export function buildManagedSchema(): JsonSchema {
  const workspace = toChromeSchema(z.toJSONSchema(workspaceSchema, { io: 'input' }));
  const properties = workspace.properties as Record<string, JsonSchema>;
  // Any supported version may be deployed, because the background migrates it on read.
  properties.schemaVersion = { type: 'integer', minimum: 1, maximum: SCHEMA_VERSION };
  workspace.description = `Lockstep workspace, schema version 1 to ${SCHEMA_VERSION}`;
  return { type: 'object', properties: { workspace } };
}

/** Rewrites one JSON Schema node into the keywords Chrome accepts. */
export function toChromeSchema(node: JsonSchema): JsonSchema {
  const variants = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  if (variants) return mergeObjectVariants(variants.map(toChromeSchema));

  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (CHROME_KEYWORDS.has(key)) result[key] = value;
  }
  if (node.const !== undefined) result.enum = [node.const];
  if (result.type === 'number' && Number.isInteger(node.const)) result.type = 'integer';
  if (result.type === 'number') {
    delete result.minimum;
    delete result.maximum;
  }
  if (typeof result.additionalProperties !== 'object') delete result.additionalProperties;
  return convertChildren(result);
}

function convertChildren(node: JsonSchema): JsonSchema {
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    node.properties = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [key, toChromeSchema(value)]),
    );
  }
  if (node.items) node.items = toChromeSchema(node.items as JsonSchema);
  if (node.additionalProperties) {
    node.additionalProperties = toChromeSchema(node.additionalProperties as JsonSchema);
  }
  return node;
}

/**
 * Merges the variants of a discriminated union into one object schema: every property of
 * every variant, the discriminator's values joined into one enum, and only the properties
 * all variants require.
 */
function mergeObjectVariants(variants: JsonSchema[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const variant of variants) {
    for (const [key, schema] of Object.entries(
      (variant.properties ?? {}) as Record<string, JsonSchema>,
    )) {
      const existing = properties[key];
      properties[key] = existing ? joinEnums(existing, schema) : { ...schema };
    }
  }
  const requiredLists = variants.map((variant) => (variant.required ?? []) as string[]);
  const required = (requiredLists[0] ?? []).filter((key) =>
    requiredLists.every((list) => list.includes(key)),
  );
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

function joinEnums(existing: JsonSchema, next: JsonSchema): JsonSchema {
  if (!Array.isArray(existing.enum) || !Array.isArray(next.enum)) return existing;
  return { ...existing, enum: [...new Set([...existing.enum, ...next.enum])] };
}
