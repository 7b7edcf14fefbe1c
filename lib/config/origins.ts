import type { SystemConfig } from './schema';

/** Match pattern covering every page of an origin, for example `https://app.example.com/*`. */
export function originPattern(origin: string): string {
  return `${new URL(origin).origin}/*`;
}

/**
 * Host access a system needs: its page origins, for the content script, and its API's origin,
 * for the background's requests. Duplicates are removed.
 */
export function accessPatterns(system: Pick<SystemConfig, 'origins' | 'connector'>): string[] {
  const origins = [...system.origins, system.connector.baseUrl];
  return [...new Set(origins.filter(isHttpUrl).map(originPattern))];
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
