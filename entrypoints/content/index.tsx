import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel } from '@/components/panel/Panel';
import type { PanelState } from '@/components/panel/types';
import { DEMO_MATCH_PATTERNS } from '@/lib/config/demo-origins';
import { detectRecordPage, type DetectedPage } from '@/lib/detect/detect';
import { extractFields, safeQuery } from '@/lib/detect/extract';
import { sendRequest } from '@/lib/messaging/client';
import type { PageRules } from '@/lib/views';
import { createPanelMount } from './mount';
import { listenForPreview } from './preview';
import { watchPage } from './watch';

/** Minimum time between two snapshots of the same record, in ms; a new record goes at once. */
const SNAPSHOT_GAP_MS = 1_000;
/** Times the panel is put back after the page removes it, per page load. */
const MAX_REATTACHMENTS = 10;

export default defineContentScript({
  // The demo apps; the background registers this script on other origins once granted.
  matches: DEMO_MATCH_PATTERNS,
  runAt: 'document_idle',
  async main(ctx) {
    listenForPreview(ctx);
    const rules = await sendRequest({ type: 'get-page-rules' }).catch(() => null);
    if (!rules) return;
    startDetection(ctx, rules);
  },
});

function startDetection(ctx: ContentScriptContext, rules: PageRules) {
  const mount = createPanelMount(ctx);
  let lastSignature = '';
  let reattachments = 0;
  let lastSentAt = 0;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let shown: { page: DetectedPage; state: PanelState } | undefined;

  const show = (page: DetectedPage, state: PanelState) => {
    shown = { page, state };
    const ref = { system: rules.system, type: page.recordType.id, pageId: page.pageId };
    mount.render(
      <Panel
        state={state}
        actions={{
          push: (canonical, seen, options) =>
            sendRequest({ type: 'push-status', record: ref, canonical, seen, ...options }),
          resolveItem: (itemId, action) => sendRequest({ type: 'resolve-item', itemId, action }),
          undo: (batchId) => sendRequest({ type: 'undo-batch', batchId }),
          verdict: async (pairs, verdict) => {
            await sendRequest({ type: 'link-verdict', pairs, verdict });
            void load(page, sendRequest({ type: 'refresh', record: ref, pull: false }));
          },
          getBatch: (batchId) => sendRequest({ type: 'get-batch', batchId }),
          refresh: (pull) => void load(page, sendRequest({ type: 'refresh', record: ref, pull })),
        }}
      />,
    );
  };

  const load = async (page: DetectedPage, request: ReturnType<typeof sendRequest<'snapshot'>>) => {
    try {
      const view = await request;
      if (shown?.page.pageId === page.pageId) show(page, { phase: 'ready', view });
    } catch (error) {
      if (shown?.page.pageId === page.pageId)
        show(page, {
          phase: 'error',
          message: error instanceof Error ? error.message : String(error),
        });
    }
  };

  const check = () => {
    const url = new URL(location.href);
    const page = detectRecordPage(rules.recordTypes, url);
    if (!page) {
      lastSignature = '';
      shown = undefined;
      mount.render(null);
      return;
    }
    if (!safeQuery(document, page.recordType.ready)) return;

    if (shown && !mount.isAttached() && reattachments < MAX_REATTACHMENTS) {
      // The page removed the panel; put it back a bounded number of times, not in a tug of war.
      reattachments += 1;
      show(shown.page, shown.state);
    }

    const fields = extractFields(page.recordType, document, url);
    const signature = JSON.stringify([page.recordType.id, page.pageId, fields]);
    if (signature === lastSignature) return;

    const samePage =
      shown?.page.pageId === page.pageId && shown.page.recordType.id === page.recordType.id;
    const wait = lastSentAt + SNAPSHOT_GAP_MS - Date.now();
    if (samePage && wait > 0) {
      // The same record keeps changing on the page: send its latest state once, after the gap.
      clearTimeout(trailing);
      trailing = setTimeout(check, wait);
      return;
    }
    lastSignature = signature;
    lastSentAt = Date.now();
    if (!samePage) show(page, { phase: 'loading' });
    const snapshot = {
      system: rules.system,
      type: page.recordType.id,
      pageId: page.pageId,
      url: url.href,
      fields,
    };
    void load(page, sendRequest({ type: 'snapshot', snapshot }));
  };
  watchPage(ctx, check);
  ctx.onInvalidated(() => clearTimeout(trailing));
}
