import { systemForOrigin } from '../config/lookup';
import { requestSchema, type Request } from '../messages';
import type { PageRules, Reply } from '../views';
import type { Workspace } from '../config/schema';
import { handleAdminRequest, isAdminRequest, type AdminDeps } from './admin';
import type { ServiceContext } from './context';
import type { OutboxPump } from './outbox';
import { panelFor } from './panel';
import { batchView, createPush, recentBatches } from './push';
import { listReview, resolveItem, undoBatch } from './review';
import { saveVerdicts } from './links';
import { outboxSummary } from '../outbox/store';

/** The parts of `runtime.MessageSender` the router checks. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface RouterOptions {
  extensionId: string;
  /** Origin of the extension's own pages, for example `chrome-extension://abc`. */
  extensionOrigin: string;
  /** Storage and script registration for the options page's admin requests. */
  admin?: AdminDeps;
}

/** Requests a content script may send; every other request is for extension pages only. */
const CONTENT_REQUESTS = new Set<Request['type']>([
  'snapshot',
  'refresh',
  'push-status',
  'get-batch',
  'get-page-rules',
  'resolve-item',
  'undo-batch',
  'link-verdict',
]);

/**
 * Validates a message and its sender, then runs the request. Errors come back as plain words,
 * never as thrown exceptions, so the page can show why a request failed.
 */
export async function routeMessage(
  context: ServiceContext,
  pump: OutboxPump,
  message: unknown,
  sender: Sender,
  options: RouterOptions,
): Promise<Reply<unknown>> {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success)
    return {
      ok: false,
      error: `invalid request: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`,
    };

  const denied = await checkSender(context, parsed.data, sender, options);
  if (denied) return { ok: false, error: denied };

  try {
    if (isAdminRequest(parsed.data)) {
      if (!options.admin) return { ok: false, error: 'admin requests are not available here' };
      return { ok: true, value: await handleAdminRequest(context, parsed.data, options.admin) };
    }
    return { ok: true, value: await handle(context, pump, parsed.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function checkSender(
  context: ServiceContext,
  request: Request,
  sender: Sender,
  options: RouterOptions,
): Promise<string | undefined> {
  if (sender.id !== options.extensionId)
    return 'request rejected: it did not come from this extension';
  if (!sender.url) return 'request rejected: sender has no URL';

  const origin = new URL(sender.url).origin;
  if (origin === options.extensionOrigin) return undefined;

  const system = systemForOrigin(await context.workspace(), origin);
  if (!system && request.type === 'get-page-rules') return undefined;
  if (!system) return `request rejected: ${origin} is not a configured system`;
  if (!CONTENT_REQUESTS.has(request.type))
    return `request rejected: "${request.type}" is only for extension pages`;

  const claimed =
    'snapshot' in request
      ? request.snapshot.system
      : 'record' in request
        ? request.record.system
        : 'pairs' in request
          ? foreignSystem(request.pairs, system.id)
          : system.id;
  if (claimed !== system.id)
    return `request rejected: a ${system.label} page cannot speak for system "${claimed}"`;
  return undefined;
}

async function handle(
  context: ServiceContext,
  pump: OutboxPump,
  request: Request,
  sender: Sender,
): Promise<unknown> {
  switch (request.type) {
    case 'get-page-rules':
      return pageRules(await context.workspace(), sender);
    case 'snapshot':
      return panelFor(context, request.snapshot, { pageStatus: request.snapshot.fields.status });
    case 'refresh':
      return panelFor(context, request.record, { forcePull: request.pull });
    case 'push-status': {
      const response = await createPush(context, request);
      if (response.status === 'queued') void pump.kick();
      return response;
    }
    case 'get-batch':
      return batchView(context, request.batchId);
    case 'get-workspace':
      return context.deps.loadWorkspace();
    case 'outbox-summary':
      return outboxSummary(context.db);
    case 'list-review':
      return listReview(context);
    case 'list-batches':
      return recentBatches(context, request.limit);
    case 'link-verdict':
      return saveVerdicts(context, request.pairs, request.verdict);
    case 'resolve-item': {
      const view = await resolveItem(context, request.itemId, request.action);
      void pump.kick();
      return view;
    }
    case 'undo-batch': {
      const undoId = await undoBatch(context, request.batchId);
      void pump.kick();
      return batchView(context, undoId);
    }
  }
}

function pageRules(workspace: Workspace, sender: Sender): PageRules | null {
  const system = sender.url ? systemForOrigin(workspace, new URL(sender.url).origin) : undefined;
  if (!system) return null;
  return { system: system.id, systemLabel: system.label, recordTypes: system.recordTypes };
}

/** Returns the system of the first pair not starting from `own`; a page may only give verdicts on its own records. */
function foreignSystem(pairs: [string, string][], own: string): string {
  const foreign = pairs.find(([from]) => from.split(':')[0] !== own);
  return foreign ? (foreign[0].split(':')[0] ?? '') : own;
}
