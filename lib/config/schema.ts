import { z } from 'zod';

/** Lower-case id used in keys and URLs, for example `crm` or `in_progress`. */
const slug = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]{0,39}$/,
    'use 1-40 lower-case letters, digits, "_" or "-", starting with a letter',
  );

export const canonicalStatusSchema = z.object({
  id: slug,
  label: z.string().min(1),
  /** Edits to this status need a confirmation that lists every record about to change. */
  highImpact: z.boolean().default(false),
});

/** Where a URL-shaped pattern is matched: `/deals/:id`, `#/jobs/:id`, or a query parameter. */
export const urlRuleSchema = z.object({
  path: z.string().startsWith('/').optional(),
  hash: z.string().startsWith('#').optional(),
  /** Query parameter that carries the record id, for example `txnId`. */
  idParam: z.string().min(1).optional(),
});

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

/** Field names a record page can yield; the match fields plus the work-record fields. */
export const pageFieldSchema = z.enum([
  'name',
  'given_name',
  'surname',
  'company',
  'email',
  'phone',
  'country',
  'address',
  'postcode',
  'city',
  'title',
  'amount',
  'status',
  'date',
  'party',
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

export const connectorSchema = z.object({
  kind: z.enum(['hubspot', 'qbo', 'scheduler-rest']),
  baseUrl: z.url(),
  auth: z.discriminatedUnion('type', [
    z.object({ type: z.literal('bearer'), secretId: slug }),
    z.object({ type: z.literal('cookie') }),
  ]),
  /** QuickBooks-style company id, when the API path needs one. */
  realmId: z.string().optional(),
  maxConcurrent: z.number().int().min(1).max(16).default(2),
});

export const systemSchema = z.object({
  id: slug,
  label: z.string().min(1),
  origins: z.array(z.url()).min(1),
  defaultRegion: z.string().length(2).optional(),
  dateFormat: z.enum(['iso', 'us', 'eu']).default('iso'),
  connector: connectorSchema,
  recordTypes: z.array(recordTypeSchema).min(1),
  statuses: z.array(statusValueSchema),
});

export const workspaceSchema = z.object({
  schemaVersion: z.literal(1),
  name: z.string().min(1),
  canonicalStatuses: z.array(canonicalStatusSchema).min(1),
  systems: z.array(systemSchema).min(1),
});

export type CanonicalStatus = z.infer<typeof canonicalStatusSchema>;
export type UrlRule = z.infer<typeof urlRuleSchema>;
export type PageField = z.infer<typeof pageFieldSchema>;
export type Extractor = z.infer<typeof extractorSchema>;
export type RecordType = z.infer<typeof recordTypeSchema>;
export type StatusValue = z.infer<typeof statusValueSchema>;
export type ConnectorConfig = z.infer<typeof connectorSchema>;
export type SystemConfig = z.infer<typeof systemSchema>;
export type Workspace = z.infer<typeof workspaceSchema>;
