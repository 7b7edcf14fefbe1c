import type { Extractor, PageField, RecordType } from '../config/schema';

/** Maximum text length kept from any one page field, so a hostile page cannot flood the background. */
export const MAX_FIELD_LENGTH = 500;

/** Reads each configured field from the page as plain text; fields not found are left out. */
export function extractFields(
  recordType: RecordType,
  root: ParentNode,
  url: URL,
): Partial<Record<PageField, string>> {
  const fields: Partial<Record<PageField, string>> = {};
  for (const [field, extractor] of Object.entries(recordType.fields)) {
    const value = extractorValue(extractor, root, url);
    if (value) fields[field as PageField] = value;
  }
  return fields;
}

export function extractorValue(
  extractor: Extractor,
  root: ParentNode,
  url: URL,
): string | undefined {
  switch (extractor.from) {
    case 'selector': {
      const element = safeQuery(root, extractor.selector);
      if (!element) return undefined;
      const raw = extractor.attribute
        ? element.getAttribute(extractor.attribute)
        : element.textContent;
      return clean(raw);
    }
    case 'label':
      return clean(findLabelledValue(root, extractor.label, extractor.scope));
    case 'url':
      return clean(url.searchParams.get(extractor.param));
    case 'jsonld':
      return clean(readJsonLd(root, extractor.path));
  }
}

/**
 * Finds the value that follows a label: a `<th>`/`<td>` pair, a `<dt>`/`<dd>` pair, or a
 * `<label>` followed by any element. Labels compare case-insensitively, ignoring a final colon.
 */
function findLabelledValue(root: ParentNode, label: string, scope?: string): string | undefined {
  const container = scope ? safeQuery(root, scope) : root;
  if (!container) return undefined;

  const wanted = normaliseLabel(label);
  for (const element of container.querySelectorAll('th, dt, label, .label')) {
    if (normaliseLabel(element.textContent ?? '') !== wanted) continue;
    const value = element.nextElementSibling;
    if (value) return value.textContent ?? undefined;
  }
  return undefined;
}

function readJsonLd(root: ParentNode, path: string): string | undefined {
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      let node: unknown = JSON.parse(script.textContent ?? '');
      for (const key of path.split('.')) {
        node =
          node !== null && typeof node === 'object'
            ? (node as Record<string, unknown>)[key]
            : undefined;
      }
      if (typeof node === 'string' || typeof node === 'number') return String(node);
    } catch {
      // A page's broken JSON-LD block is the page's problem; try the next one.
    }
  }
  return undefined;
}

function normaliseLabel(text: string): string {
  return text.trim().replace(/:$/, '').trim().toLowerCase();
}

function clean(raw: string | null | undefined): string | undefined {
  const text = raw?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, MAX_FIELD_LENGTH) : undefined;
}

/**
 * Runs `querySelector`, treating an invalid selector from the workspace as "not found" so a
 * bad rule never throws inside the host page.
 */
export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}
