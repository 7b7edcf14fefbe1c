import { jsonReply, type Reply } from '../server/http';
import { schedulerErrors } from './errors';

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;

interface Listed {
  number: number;
  updated_at: string;
}

/**
 * Filters by ?number= and ?updated_since= (updated at or after that instant, so polling with
 * the last seen time never misses a change) and returns one page with its meta.
 */
export function listRecords<T extends Listed>(
  records: Iterable<T>,
  params: URLSearchParams,
  extraFilter: (record: T) => boolean = () => true,
): Reply {
  const page = parsePositiveInteger(params, 'page', 1, Number.MAX_SAFE_INTEGER);
  const perPage = parsePositiveInteger(params, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE);
  if (typeof page === 'string') return schedulerErrors.badRequest(page);
  if (typeof perPage === 'string') return schedulerErrors.badRequest(perPage);

  const number = params.get('number');
  const since = params.get('updated_since');
  const sinceMs = since === null ? undefined : Date.parse(since);
  if (sinceMs !== undefined && Number.isNaN(sinceMs)) {
    return schedulerErrors.badRequest(`updated_since must be an ISO 8601 time, got ${since}`);
  }
  const matching = [...records].filter((record) => {
    if (number !== null && String(record.number) !== number) return false;
    if (sinceMs !== undefined && Date.parse(record.updated_at) < sinceMs) return false;
    return extraFilter(record);
  });
  const start = (page - 1) * perPage;
  const hasMore = start + perPage < matching.length;
  return jsonReply(200, {
    data: matching.slice(start, start + perPage),
    meta: { page, per_page: perPage, total: matching.length, next_page: hasMore ? page + 1 : null },
  });
}

/** Returns the parameter as a number, `fallback` when absent, or an error message when invalid. */
function parsePositiveInteger(
  params: URLSearchParams,
  name: string,
  fallback: number,
  max: number,
): number | string {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max) {
    return `${name} must be a whole number from 1 to ${max}, got ${raw}`;
  }
  return value;
}
