import { z } from 'zod';
import { MAX_FIELD_LENGTH } from '../detect/extract';
import { pageFieldSchema, recordTypeSchema } from './schema';

/** Message from the options page to the content script in one tab. */
export const previewRequestSchema = z.object({
  type: z.literal('preview-extraction'),
  recordType: recordTypeSchema,
});
export type PreviewRequest = z.infer<typeof previewRequestSchema>;

/** Result of one record type's rules run on the page open in a tab. */
export const extractionPreviewSchema = z.object({
  url: z.string().max(2000),
  /** The id the URL rule found, or null when the URL is not a page of this record type. */
  pageId: z.string().max(200).nullable(),
  /** True when the `ready` selector matches an element. */
  ready: z.boolean(),
  fields: z.partialRecord(pageFieldSchema, z.string().max(MAX_FIELD_LENGTH)),
  /** Configured fields that read nothing on this page. */
  missing: z.array(pageFieldSchema),
});
export type ExtractionPreview = z.infer<typeof extractionPreviewSchema>;
