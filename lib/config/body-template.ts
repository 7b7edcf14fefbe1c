/** Placeholders a write body template may contain, each as a whole JSON string value. */
export const PLACEHOLDERS = ['{{status}}', '{{version}}', '{{id}}'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

export type TemplateValues = Record<Placeholder, unknown>;

/**
 * Parses a write body template and returns the placeholders it uses, or an error in words.
 * Placeholders are replaced as whole values, never spliced into text, so a status value can
 * never change the shape of the JSON sent.
 */
export function inspectTemplate(
  template: string,
): { placeholders: Set<string> } | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(template);
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const placeholders = new Set<string>();
  walk(parsed, (text) => {
    if ((PLACEHOLDERS as readonly string[]).includes(text)) placeholders.add(text);
  });
  return { placeholders };
}

/** Builds the request body: the template with each placeholder replaced by its value. */
export function fillTemplate(template: string, values: TemplateValues): unknown {
  const replace = (node: unknown): unknown => {
    if (typeof node === 'string') return node in values ? values[node as Placeholder] : node;
    if (Array.isArray(node)) return node.map(replace);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, replace(value)]));
    }
    return node;
  };
  return replace(JSON.parse(template));
}

function walk(node: unknown, visit: (text: string) => void): void {
  if (typeof node === 'string') visit(node);
  else if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
  else if (node !== null && typeof node === 'object') {
    Object.values(node).forEach((value) => walk(value, visit));
  }
}
