import browser, { type Runtime } from 'webextension-polyfill';
import { DEMO_SECRETS } from '@/lib/config/demo-workspace';
import { createLogger } from '@/lib/log/logger';
import { requeueInFlight } from '@/lib/outbox/store';
import { createPartyIndex } from '@/lib/resolve/party-index';
import { openLockstepDb } from '@/lib/storage/db';
import { ServiceContext } from '@/lib/service/context';
import { OutboxPump } from '@/lib/service/outbox';
import { routeMessage } from '@/lib/service/router';
import { readSecret, SECRETS_KEY } from '@/lib/service/secrets';
import { loadWorkspace } from '@/lib/service/workspace-store';

const OUTBOX_ALARM = 'outbox';
const log = createLogger('background');

export default defineBackground(() => {
  // Listeners are registered synchronously so that an event which wakes the worker is handled.
  const ready = start();

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    ready.then(async ({ context, pump }) => {
      void pump.kick();
      return routeMessage(context, pump, message, sender, {
        extensionId: browser.runtime.id,
        extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
      });
    }),
  );

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(OUTBOX_ALARM)) void ready.then(({ pump }) => pump.kick());
  });

  browser.runtime.onInstalled.addListener(() => void installDemoSecrets());

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'workspace' in changes) void ready.then(({ context }) => context.reset());
  });
});

async function start() {
  const db = await openLockstepDb();
  const context = new ServiceContext({
    db,
    loadWorkspace: () =>
      loadWorkspace({ managed: browser.storage.managed, local: browser.storage.local }, (message) => log.warn(message)),
    secrets: (id) => readSecret(browser.storage.local, id),
    createIndex: createPartyIndex,
    now: Date.now,
    random: Math.random,
    scheduleWake: (at) => scheduleWake(at, () => void pump.kick()),
  });
  const pump: OutboxPump = new OutboxPump(context);

  const requeued = await requeueInFlight(db, Date.now());
  if (requeued > 0) log.info(`requeued ${requeued} outbox items left in flight by a stopped worker`);
  await browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 0.5 });
  void pump.kick();
  return { context, pump };
}

let wakeTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Runs `kick` when the next backoff ends. The timer serves a worker that stays alive; the
 * one-shot alarm wakes a stopped one (Chrome may delay alarms under 30 s to the 30 s minimum).
 */
function scheduleWake(at: number, kick: () => void): void {
  clearTimeout(wakeTimer);
  wakeTimer = setTimeout(kick, Math.max(0, at - Date.now()));
  void browser.alarms.create(`${OUTBOX_ALARM}-wake`, { when: Math.max(at, Date.now() + 1_000) });
}

async function installDemoSecrets(): Promise<void> {
  const stored = await browser.storage.local.get(SECRETS_KEY);
  if (stored[SECRETS_KEY] === undefined) await browser.storage.local.set({ [SECRETS_KEY]: DEMO_SECRETS });
}
