import browser, { type Runtime } from 'webextension-polyfill';
import { DEMO_SECRETS } from '@/lib/config/demo-workspace';
import { createLogger } from '@/lib/log/logger';
import { badgeFor } from '@/lib/outbox/badge';
import { outboxSummary, requeueInFlight } from '@/lib/outbox/store';
import type { OutboxItem } from '@/lib/outbox/types';
import { createPartyIndex } from '@/lib/resolve/party-index';
import { openLockstepDb, type LockstepDb } from '@/lib/storage/db';
import { ServiceContext } from '@/lib/service/context';
import { OutboxPump } from '@/lib/service/outbox';
import { createAdminDeps, listenForAccessChanges } from '@/lib/service/browser-admin';
import { routeMessage } from '@/lib/service/router';
import { readSecretFor, SECRETS_KEY } from '@/lib/service/secrets';
import { loadWorkspace } from '@/lib/service/workspace-store';

const OUTBOX_ALARM = 'outbox';
const log = createLogger('background');

export default defineBackground(() => {
  // Listeners are registered synchronously so that an event which wakes the worker is handled.
  const ready = start();
  const admin = createAdminDeps((message) => log.warn(message));
  listenForAccessChanges(admin, () => void ready.then(({ context }) => context.reset()));
  void admin.syncContentScripts();

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    ready.then(async ({ context, pump }) => {
      void pump.kick();
      return routeMessage(context, pump, message, sender, {
        extensionId: browser.runtime.id,
        extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
        admin,
      });
    }),
  );

  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('lockstep-'))
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#review') });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(OUTBOX_ALARM)) void ready.then(({ pump }) => pump.kick());
  });

  browser.runtime.onInstalled.addListener(() => void installDemoSecrets());
});

async function start() {
  const db = await openLockstepDb();
  const context = new ServiceContext({
    db,
    loadWorkspace: () =>
      loadWorkspace({ managed: browser.storage.managed, local: browser.storage.local }, (message) =>
        log.warn(message),
      ),
    secrets: (id, origin) => readSecretFor(browser.storage.local, id, origin),
    createIndex: createPartyIndex,
    now: Date.now,
    random: Math.random,
    scheduleWake: (at) => scheduleWake(at, () => void pump.kick()),
    onSettled: (item) => void reportSettled(db, item),
    onOutboxChange: () => void refreshBadge(db),
  });
  const pump: OutboxPump = new OutboxPump(context);

  const requeued = await requeueInFlight(db, Date.now());
  if (requeued > 0)
    log.info(`requeued ${requeued} outbox items left in flight by a stopped worker`);
  await browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 0.5 });
  void pump.kick();
  return { context, pump };
}

/** Updates the badge and, when an item needs a person, raises a notification. */
async function reportSettled(db: LockstepDb, item: OutboxItem): Promise<void> {
  await refreshBadge(db);
  if (item.state !== 'needs_review' && item.state !== 'conflict') return;

  const what =
    item.state === 'conflict' ? 'changed in the app since you looked' : 'could not be updated';
  await browser.notifications.create(`lockstep-${item.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Lockstep needs your review',
    message: `${item.title} (${item.system}) ${what}. Open the review list to decide.`,
  });
}

async function refreshBadge(db: LockstepDb): Promise<void> {
  const badge = badgeFor(await outboxSummary(db));
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}

let wakeTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Runs `kick` when the next backoff ends. The timer serves a worker that stays alive, and the
 * one-shot alarm wakes a stopped one. Chrome may delay an alarm set under 30 s to 30 s.
 */
function scheduleWake(at: number, kick: () => void): void {
  clearTimeout(wakeTimer);
  wakeTimer = setTimeout(kick, Math.max(0, at - Date.now()));
  void browser.alarms.create(`${OUTBOX_ALARM}-wake`, { when: Math.max(at, Date.now() + 1_000) });
}

async function installDemoSecrets(): Promise<void> {
  const stored = await browser.storage.local.get(SECRETS_KEY);
  if (stored[SECRETS_KEY] === undefined)
    await browser.storage.local.set({ [SECRETS_KEY]: DEMO_SECRETS });
}
