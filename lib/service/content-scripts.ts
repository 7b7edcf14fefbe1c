import { DEMO_MATCH_PATTERNS } from '../config/demo-origins';
import { originPattern } from '../config/origins';
import type { Workspace } from '../config/schema';

/** Id of the content script registered at runtime for the admin's granted origins. */
export const CONTENT_SCRIPT_ID = 'lockstep-content';

/** The built content script, as WXT names it in the output folder. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export interface ContentScriptRegistration {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The parts of `browser.scripting` and `browser.permissions` the sync uses. */
export interface ScriptingApis {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<ContentScriptRegistration[]>;
  registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
  updateContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  containsOrigins(origins: string[]): Promise<boolean>;
}

/** Match patterns of the workspace's page origins that the manifest's content script misses. */
export function runtimePatterns(workspace: Workspace): string[] {
  const patterns = workspace.systems.flatMap((system) => system.origins.map(originPattern));
  return [...new Set(patterns)].filter((pattern) => !DEMO_MATCH_PATTERNS.includes(pattern));
}

/**
 * Registers the content script on every configured origin the user has granted, and on no
 * other. Returns the patterns it now runs on. Tabs already open load it on their next reload.
 */
export async function syncContentScripts(
  workspace: Workspace,
  apis: ScriptingApis,
): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of runtimePatterns(workspace)) {
    if (await apis.containsOrigins([pattern])) granted.push(pattern);
  }
  const [existing] = await apis.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });

  if (granted.length === 0) {
    if (existing) await apis.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return [];
  }
  const script: ContentScriptRegistration = {
    id: CONTENT_SCRIPT_ID,
    matches: granted,
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (!existing) await apis.registerContentScripts([script]);
  else if (!sameSet(existing.matches ?? [], granted)) await apis.updateContentScripts([script]);
  return granted;
}

function sameSet(left: string[], right: string[]): boolean {
  return left.length === right.length && left.every((item) => right.includes(item));
}
