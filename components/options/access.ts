import browser from 'webextension-polyfill';
import { accessPatterns } from '@/lib/config/origins';
import type { SystemConfig } from '@/lib/config/schema';

type Accessible = Pick<SystemConfig, 'origins' | 'connector'>;

/**
 * Asks the browser for host access to a system's pages and API. Chrome shows its prompt only
 * during a user gesture, so call this first in a click handler, before any other await.
 * Origins already granted, such as the manifest's 127.0.0.1, resolve to true with no prompt.
 */
export function requestAccess(system: Accessible): Promise<boolean> {
  return browser.permissions.request({ origins: accessPatterns(system) });
}

export function hasAccess(system: Accessible): Promise<boolean> {
  return browser.permissions.contains({ origins: accessPatterns(system) });
}
