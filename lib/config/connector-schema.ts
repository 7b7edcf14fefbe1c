import { z } from 'zod';
import { httpUrl, slug } from './primitives';
import { restConnectorSchema } from './rest-schema';

/** API shapes Lockstep can talk to; `generic-rest` is configured entirely in the workspace. */
export const CONNECTOR_KINDS = [
  'hubspot',
  'qbo',
  'scheduler-rest',
  'xero',
  'jobber',
  'pipedrive',
  'google-calendar',
  'generic-rest',
] as const;

/**
 * Request authentication. Tokens are never part of the workspace, because `secretId` names
 * the entry in the background's secret store instead.
 */
export const authSchema = z.discriminatedUnion('type', [
  /** `Authorization: Bearer <token>`. */
  z.object({ type: z.literal('bearer'), secretId: slug }),
  /** The token in a header of its own, for example `X-Api-Key` or Pipedrive's `x-api-token`. */
  z.object({
    type: z.literal('apiKey'),
    secretId: slug,
    header: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/, 'use a header name such as X-Api-Key (letters, digits, "-")'),
  }),
  /** The browser's session cookie for the API's origin; no token is stored. */
  z.object({ type: z.literal('cookie') }),
]);

export const connectorSchema = z.object({
  kind: z.enum(CONNECTOR_KINDS),
  baseUrl: httpUrl,
  auth: authSchema,
  /** QuickBooks Online company id, part of every API path. */
  realmId: z.string().min(1).optional(),
  /** Xero organisation id, sent as the `Xero-Tenant-Id` header. */
  tenantId: z.string().min(1).optional(),
  /** Google Calendar id, for example `primary` or an address. */
  calendarId: z.string().min(1).optional(),
  /** Paths and field names for the `generic-rest` kind. */
  rest: restConnectorSchema.optional(),
  maxConcurrent: z.number().int().min(1).max(16).default(2),
});

export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];
export type AuthConfig = z.infer<typeof authSchema>;
export type ConnectorConfig = z.infer<typeof connectorSchema>;
