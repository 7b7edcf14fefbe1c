import browser, { type Runtime } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createLogger } from '@/lib/log/logger';
import { isPreviewRequest, previewExtraction } from '@/lib/config/preview';

const log = createLogger('content');

/**
 * Replies to the options page's "test on an open tab" request with the fields a draft record
 * type reads from this page. Only the extension's own pages may send it; other messages are
 * ignored.
 */
export function listenForPreview(ctx: ContentScriptContext): void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    if (!isPreviewRequest(message)) return undefined;

    try {
      return Promise.resolve(
        previewExtraction(message.recordType, document, new URL(location.href)),
      );
    } catch (error) {
      // An invalid CSS selector in the draft throws a SyntaxError from querySelector.
      log.warn('extraction preview failed', error);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
