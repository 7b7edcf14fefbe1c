import type { ParsedQuery, QueryCondition } from './query';

type ApiObject = Record<string, unknown>;

const TIME_FIELDS = new Set(['Metadata.CreateTime', 'Metadata.LastUpdatedTime']);
const NUMBER_FIELDS = new Set(['Id', 'TotalAmt', 'Balance']);

/** Result of a query: the page of objects, or the total for COUNT(*). */
export type QueryResult = { count: number } | { objects: ApiObject[] };

/** Filters, sorts and pages API-shaped objects as QuickBooks Online would for `query`. */
export function runQuery(query: ParsedQuery, objects: readonly ApiObject[]): QueryResult {
  const matching = objects.filter((object) => {
    return query.conditions.every((condition) => matches(object, condition));
  });
  if (query.count) return { count: matching.length };

  const { orderBy } = query;
  if (orderBy) {
    matching.sort((a, b) => {
      const order = compare(
        orderBy.field,
        fieldValue(a, orderBy.field),
        fieldValue(b, orderBy.field),
      );
      return orderBy.descending ? -order : order;
    });
  }
  const start = query.startPosition - 1;
  return { objects: matching.slice(start, start + query.maxResults) };
}

function matches(object: ApiObject, condition: QueryCondition): boolean {
  const actual = fieldValue(object, condition.field);
  if (actual === undefined) return false;
  const results = condition.values.map((value) => compare(condition.field, actual, value));
  switch (condition.operator) {
    case '=':
    case 'IN':
      return results.includes(0);
    case '!=':
      return !results.includes(0);
    case '<':
      return (results[0] ?? 0) < 0;
    case '>':
      return (results[0] ?? 0) > 0;
    case '<=':
      return (results[0] ?? 1) <= 0;
    case '>=':
      return (results[0] ?? -1) >= 0;
  }
}

/** Reads a field path. CustomerRef compares by the referenced customer's Id. */
function fieldValue(object: ApiObject, field: string): string | undefined {
  let value: unknown = object;
  for (const part of field.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as ApiObject)[part] : undefined;
  }
  if (field === 'CustomerRef' && typeof value === 'object' && value !== null) {
    value = (value as ApiObject).value;
  }
  return value === undefined || value === null ? undefined : String(value);
}

/** Compares times as instants, numbers numerically and text without regard to case. */
function compare(field: string, left: string | undefined, right: string | undefined): number {
  if (left === undefined && right === undefined) return 0;
  if (left === undefined) return -1;
  if (right === undefined) return 1;
  if (TIME_FIELDS.has(field)) return Math.sign(Date.parse(left) - Date.parse(right));
  if (NUMBER_FIELDS.has(field)) return Math.sign(Number(left) - Number(right));
  return left.localeCompare(right, 'en', { sensitivity: 'accent' });
}
