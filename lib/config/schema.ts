import { z } from 'zod';
import { connectorSchema } from './connector-schema';
import { pageFieldSchema } from './page-fields';
import { jsonPath, origin, slug } from './primitives';

export { pageFieldSchema, type PageField } from './page-fields';
export type { AuthConfig, ConnectorConfig, ConnectorKind } from './connector-schema';

/** Version of the workspace JSON this build writes; older versions are migrated on read. */
export const SCHEMA_VERSION = 2;

export const canonicalStatusSchema = z.object({
  id: slug,
  label: z.string().min(1),
  /** Edits to this status need a confirmation that lists every record about to change. */
  highImpact: z.boolean().default(false),
});

/** URL rule for a record page: `/deals/:id`, `#/jobs/:id`, or a query parameter. */
export const urlRuleSchema = z.object({
  path: z.string().startsWith('/').optional(),
  hash: z.string().startsWith('#').optional(),
  /** Query parameter that carries the record id, for example `txnId`. */
  idParam: z.string().min(1).optional(),
});

/** Reader for one field of a record page. A data attribute is `selector` plus `attribute`. */
export const extractorSchema = z.discriminatedUnion('from', [
  z.object({
    from: z.literal('selector'),
    selector: z.string().min(1),
    attribute: z.string().optional(),
  }),
  z.object({ from: z.literal('label'), label: z.string().min(1), scope: z.string().optional() }),
  z.object({ from: z.literal('url'), param: z.string().min(1) }),
  z.object({ from: z.literal('jsonld'), path: z.string().min(1) }),
]);

export const recordTypeSchema = z.object({
  id: slug,
  label: z.string().min(1),
  /** `party` records are customers; `work` records (deals, invoices, jobs) carry a status. */
  kind: z.enum(['party', 'work']),
  url: urlRuleSchema,
  /** Element that exists once the page has rendered the record. */
  ready: z.string().min(1),
  fields: z.partialRecord(pageFieldSchema, extractorSchema),
});

export const statusValueSchema = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  /** Canonical statuses this app value stands for; the first listed is shown. */
  canonical: z.array(slug),
});

export const systemSchema = z.object({
  id: slug,
  label: z.string().min(1),
  origins: z.array(origin).min(1),
  defaultRegion: z.string().length(2).optional(),
  dateFormat: z.enum(['iso', 'us', 'eu']).default('iso'),
  connector: connectorSchema,
  recordTypes: z.array(recordTypeSchema).min(1),
  statuses: z.array(statusValueSchema),
});

/**
 * A cross-reference between systems: the API field `from.field` of a `from` record holds the
 * page id of the `to` record it stands for, for example a work order's `job_ref`.
 */
export const fieldMappingSchema = z.object({
  from: z.object({ system: slug, recordType: slug, field: jsonPath }),
  to: z.object({ system: slug, recordType: slug }),
});

/** Same values as DEFAULT_THRESHOLDS in lib/match/score.ts; a unit test keeps them equal. */
export const DEFAULT_MATCH_THRESHOLDS = { match: 0.99, possible: 0.5 };

/** Scores (0 to 1) at which a customer pair is a match, or a suggestion for a person. */
export const matchThresholdsSchema = z.object({
  match: z.number().min(0).max(1),
  possible: z.number().min(0).max(1),
});

export const workspaceSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: z.string().min(1),
  canonicalStatuses: z.array(canonicalStatusSchema).min(1),
  systems: z.array(systemSchema).min(1),
  fieldMappings: z.array(fieldMappingSchema).default([]),
  /** The system whose value wins for each page field when the systems disagree. */
  sourceOfTruth: z.partialRecord(pageFieldSchema, slug).default({}),
  matchThresholds: matchThresholdsSchema.default(DEFAULT_MATCH_THRESHOLDS),
});

export type CanonicalStatus = z.infer<typeof canonicalStatusSchema>;
export type UrlRule = z.infer<typeof urlRuleSchema>;
export type Extractor = z.infer<typeof extractorSchema>;
export type RecordType = z.infer<typeof recordTypeSchema>;
export type StatusValue = z.infer<typeof statusValueSchema>;
export type SystemConfig = z.infer<typeof systemSchema>;
export type FieldMapping = z.infer<typeof fieldMappingSchema>;
export type MatchThresholds = z.infer<typeof matchThresholdsSchema>;
export type Workspace = z.infer<typeof workspaceSchema>;
/** A workspace as an admin or a file writes it: fields with defaults may be left out. */
export type WorkspaceInput = z.input<typeof workspaceSchema>;
