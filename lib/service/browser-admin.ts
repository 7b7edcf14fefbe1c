import browser from 'webextension-polyfill';
import type { AdminDeps } from './admin';
import { syncContentScripts, type ScriptingApis } from './content-scripts';
import { loadWorkspace, WORKSPACE_KEY } from './workspace-store';

/**
 * Builds the admin dependencies on the real extension APIs. Content script syncs run one at
 * a time, because two overlapping registrations of one script id fail in Chrome.
 */
export function createAdminDeps(warn: (message: string) => void): AdminDeps {
  let queue: Promise<void> = Promise.resolve();
  const syncOnce = async () => {
    const { workspace } = await loadWorkspace(
      { managed: browser.storage.managed, local: browser.storage.local },
      warn,
    );
    await syncContentScripts(workspace, scriptingApis());
  };
  return {
    local: browser.storage.local,
    managed: browser.storage.managed,
    warn,
    syncContentScripts() {
      queue = queue.then(syncOnce).catch((error: unknown) => {
        warn(
          `failed to register the content script: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      return queue;
    },
  };
}

/** Re-syncs the content script when access is granted or revoked, or the workspace changes. */
export function listenForAccessChanges(admin: AdminDeps, onWorkspaceChange: () => void): void {
  const resync = () => void admin.syncContentScripts();
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (!(WORKSPACE_KEY in changes) || (area !== 'local' && area !== 'managed')) return;
    onWorkspaceChange();
    resync();
  });
}

function scriptingApis(): ScriptingApis {
  const { scripting, permissions } = browser;
  return {
    getRegisteredContentScripts: (filter) => scripting.getRegisteredContentScripts(filter),
    registerContentScripts: (scripts) => scripting.registerContentScripts(scripts),
    updateContentScripts: (scripts) => scripting.updateContentScripts(scripts),
    unregisterContentScripts: (filter) => scripting.unregisterContentScripts(filter),
    containsOrigins: (origins) => permissions.contains({ origins }),
  };
}
