/** Reads a dot-separated path such as `customer.email` from parsed JSON; undefined when absent. */
export function readPath(node: unknown, path: string | undefined): unknown {
  if (path === undefined) return node;

  let current = node;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Reads a string or number at `path` as text; objects, empty strings and absent values give undefined. */
export function readText(node: unknown, path: string | undefined): string | undefined {
  const value = readPath(node, path);
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
