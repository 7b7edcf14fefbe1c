import { z } from 'zod';
import { adminRequestSchemas } from './config/admin-messages';
import { pageFieldSchema } from './config/schema';
import { MAX_FIELD_LENGTH } from './detect/extract';

const id = z.string().min(1).max(200);

/** Fields a content script read about the record open on its page. */
export const recordSnapshotSchema = z.object({
  system: id,
  type: id,
  pageId: id,
  url: z.url().max(2000),
  fields: z.partialRecord(pageFieldSchema, z.string().max(MAX_FIELD_LENGTH)),
});
export type RecordSnapshot = z.infer<typeof recordSnapshotSchema>;

const recordRef = z.object({ system: id, type: id, pageId: id });

/** Every request the background accepts, keyed by `type`; responses are typed in `ResponseOf`. */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: recordSnapshotSchema }),
  /** Re-reads live statuses; with `pull`, reloads the whole records cache first. */
  z.object({ type: z.literal('refresh'), record: recordRef, pull: z.boolean().default(false) }),
  z.object({
    type: z.literal('push-status'),
    record: recordRef,
    canonical: id,
    /** Status value of each target as the user saw it, by record key. */
    seen: z.record(id, z.string().max(200)),
    confirmed: z.boolean().default(false),
    /** Return what each app would receive, without writing anything. */
    dryRun: z.boolean().default(false),
  }),
  z.object({
    type: z.literal('resolve-item'),
    itemId: id,
    action: z.enum(['apply', 'skip', 'retry', 'discard']),
  }),
  z.object({ type: z.literal('undo-batch'), batchId: id }),
  z.object({ type: z.literal('list-review') }),
  z.object({
    type: z.literal('list-batches'),
    limit: z.number().int().min(1).max(100).default(20),
  }),
  /** A person's verdict on suggested matches; each pair is two record keys. */
  z.object({
    type: z.literal('link-verdict'),
    pairs: z
      .array(z.tuple([id, id]))
      .min(1)
      .max(500),
    verdict: z.enum(['confirmed', 'rejected']),
  }),
  z.object({ type: z.literal('get-batch'), batchId: id }),
  z.object({ type: z.literal('get-workspace') }),
  z.object({ type: z.literal('get-page-rules') }),
  z.object({ type: z.literal('outbox-summary') }),
  ...adminRequestSchemas,
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
/** A request as a sender writes it: fields with schema defaults may be left out. */
export type RequestInput = z.input<typeof requestSchema>;
