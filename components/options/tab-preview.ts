import browser from 'webextension-polyfill';
import { originPattern } from '@/lib/config/origins';
import { extractionPreviewSchema, type ExtractionPreview } from '@/lib/config/preview-schema';
import type { RecordType } from '@/lib/config/schema';

export interface OpenTab {
  id: number;
  title: string;
  url: string;
}

/** Open tabs on the given origins. The browser lists only tabs whose origin has been granted. */
export async function openTabs(origins: string[]): Promise<OpenTab[]> {
  const patterns = origins.flatMap((origin) => {
    try {
      return [originPattern(origin)];
    } catch {
      return [];
    }
  });
  if (patterns.length === 0) return [];

  const tabs = await browser.tabs.query({ url: patterns });
  return tabs.flatMap((tab) =>
    tab.id === undefined || !tab.url
      ? []
      : [{ id: tab.id, title: tab.title ?? tab.url, url: tab.url }],
  );
}

/**
 * Asks the content script in a tab what `recordType` reads from its page. The reply is page
 * data, so it is parsed with zod before it is shown.
 */
export async function previewInTab(
  tabId: number,
  recordType: RecordType,
): Promise<ExtractionPreview> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'preview-extraction', recordType });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `No Lockstep content script replied in that tab (${reason}). Save the system, reload the tab, then test again.`,
    );
  }
  return extractionPreviewSchema.parse(reply);
}
