import { z } from 'zod';
import { apiPath, jsonPath, slug } from './primitives';
import { pageFieldSchema } from './page-fields';

/** Maximum page size the generic connector requests. */
export const MAX_PAGE_SIZE = 1000;

const pageSize = z.number().int().min(1).max(MAX_PAGE_SIZE).default(100);

/** Pagination style of a list endpoint. */
export const paginationSchema = z.discriminatedUnion('style', [
  /** One request returns every record. */
  z.object({ style: z.literal('none') }),
  /** `?page=1&per_page=100`; stops on a short page or when `nextPagePath` is empty. */
  z.object({
    style: z.literal('page'),
    pageParam: z.string().min(1).default('page'),
    sizeParam: z.string().min(1).optional(),
    pageSize,
    firstPage: z.number().int().min(0).default(1),
    nextPagePath: jsonPath.optional(),
  }),
  /** `?offset=0&limit=100`; stops on a short page. */
  z.object({
    style: z.literal('offset'),
    offsetParam: z.string().min(1).default('offset'),
    limitParam: z.string().min(1).default('limit'),
    pageSize,
  }),
  /** `?cursor=abc`; the next cursor is read from the response until it is empty. */
  z.object({
    style: z.literal('cursor'),
    cursorParam: z.string().min(1).default('cursor'),
    nextCursorPath: jsonPath,
    sizeParam: z.string().min(1).optional(),
    pageSize,
  }),
]);

/** Source of a record's concurrency token: none, a response header or a body field. */
export const versionSourceSchema = z.discriminatedUnion('from', [
  z.object({ from: z.literal('none') }),
  z.object({ from: z.literal('header'), header: z.string().min(1).default('ETag') }),
  z.object({ from: z.literal('body'), path: jsonPath }),
]);

/** The request that sets a record's status. */
export const restWriteSchema = z.object({
  method: z.enum(['PATCH', 'PUT', 'POST']),
  path: apiPath,
  /**
   * JSON body. The string values "{{status}}", "{{version}}" and "{{id}}" are replaced by
   * the new status, the version token and the API id, keeping the token's JSON type.
   */
  body: z.string().min(2),
  /** Channel for the version token on writes: an `If-Match` header or the `{{version}}` body value. */
  versionIn: z.enum(['if-match', 'body']).default('if-match'),
});

/** Generic REST connector settings for one record type: list, read, fields and write. */
export const restRecordTypeSchema = z.object({
  listPath: apiPath,
  /** Path to the array of records in a list response; absent when the body is the array. */
  itemsPath: jsonPath.optional(),
  pagination: paginationSchema.default({ style: 'none' }),
  readPath: apiPath,
  /** Path to the record in a read response; absent when the body is the record. */
  itemPath: jsonPath.optional(),
  idPath: jsonPath.default('id'),
  /** The id the record page shows in its URL, when it differs from the API id. */
  pageIdPath: jsonPath.optional(),
  titlePath: jsonPath.optional(),
  statusPath: jsonPath.optional(),
  amountPath: jsonPath.optional(),
  updatedAtPath: jsonPath.optional(),
  /** The customer a work record belongs to: the party record type and the field with its id. */
  party: z.object({ recordType: slug, idPath: jsonPath }).optional(),
  /** Fields used to match customers across systems, by page field name. */
  fields: z.partialRecord(pageFieldSchema, jsonPath).default({}),
  version: versionSourceSchema.default({ from: 'none' }),
  write: restWriteSchema.optional(),
});

export const restConnectorSchema = z.object({
  /** Settings per record type id of the system. */
  recordTypes: z.record(slug, restRecordTypeSchema),
});

export type Pagination = z.infer<typeof paginationSchema>;
export type VersionSource = z.infer<typeof versionSourceSchema>;
export type RestWrite = z.infer<typeof restWriteSchema>;
export type RestRecordType = z.infer<typeof restRecordTypeSchema>;
export type RestConnector = z.infer<typeof restConnectorSchema>;
