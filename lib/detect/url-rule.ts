import type { UrlRule } from '../config/schema';

/**
 * Returns the record id that `rule` finds in `url`, or undefined when the URL is not a page of
 * that record type. A `:id` segment in `path` or `hash` captures the id; `idParam` reads it
 * from the query string instead.
 */
export function matchUrlRule(rule: UrlRule, url: URL): string | undefined {
  let id: string | undefined;

  if (rule.path !== undefined) {
    const captured = matchSegments(rule.path, url.pathname);
    if (captured === undefined) return undefined;
    id = captured ?? id;
  }
  if (rule.hash !== undefined) {
    const captured = matchSegments(rule.hash, url.hash.split('?')[0] ?? '');
    if (captured === undefined) return undefined;
    id = captured ?? id;
  }
  if (rule.idParam !== undefined) {
    const value = url.searchParams.get(rule.idParam);
    if (!value) return undefined;
    id = value;
  }
  return id;
}

/** Returns the `:id` capture (null when the pattern has none), or undefined on no match. */
function matchSegments(pattern: string, actual: string): string | null | undefined {
  const expected = trimSlash(pattern).split('/');
  const parts = trimSlash(actual).split('/');
  if (expected.length !== parts.length) return undefined;

  let id: string | null = null;
  for (const [index, segment] of expected.entries()) {
    const part = parts[index] ?? '';
    if (segment === ':id') {
      if (part === '') return undefined;
      id = decodeURIComponent(part);
    } else if (segment !== part) {
      return undefined;
    }
  }
  return id;
}

function trimSlash(text: string): string {
  return text.length > 1 ? text.replace(/\/+$/, '') : text;
}
