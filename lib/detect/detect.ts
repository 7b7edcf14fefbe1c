import type { RecordType } from '../config/schema';
import { matchUrlRule } from './url-rule';

export interface DetectedPage {
  recordType: RecordType;
  pageId: string;
}

/** Finds the record type whose URL rule matches `url`; the first configured type wins. */
export function detectRecordPage(recordTypes: RecordType[], url: URL): DetectedPage | undefined {
  for (const recordType of recordTypes) {
    const pageId = matchUrlRule(recordType.url, url);
    if (pageId !== undefined) return { recordType, pageId };
  }
  return undefined;
}
