import { detectRecordPage } from '../detect/detect';
import { extractFields } from '../detect/extract';
import type { ExtractionPreview, PreviewRequest } from './preview-schema';
import type { RecordType } from './schema';

/**
 * Checks the shape of a preview request by hand. The content script runs on every record
 * page, so it does not bundle zod. The sender check and this guard stand in for the schema,
 * and the caller catches any selector error.
 */
export function isPreviewRequest(message: unknown): message is PreviewRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, recordType } = message as Record<string, unknown>;
  if (type !== 'preview-extraction' || typeof recordType !== 'object' || recordType === null)
    return false;

  const { url, ready, fields } = recordType as Record<string, unknown>;
  return (
    typeof url === 'object' &&
    url !== null &&
    typeof ready === 'string' &&
    typeof fields === 'object' &&
    fields !== null
  );
}

/** Runs one record type's URL rule and field extractors on a page, as detection would. */
export function previewExtraction(
  recordType: RecordType,
  root: ParentNode,
  url: URL,
): ExtractionPreview {
  const page = detectRecordPage([recordType], url);
  const fields = extractFields(recordType, root, url);
  const configured = Object.keys(recordType.fields) as (keyof typeof fields)[];
  return {
    url: url.href.slice(0, 2000),
    pageId: page?.pageId.slice(0, 200) ?? null,
    ready: root.querySelector(recordType.ready) !== null,
    fields,
    missing: configured.filter((field) => fields[field] === undefined),
  };
}
