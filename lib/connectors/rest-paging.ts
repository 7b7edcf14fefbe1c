import type { Pagination } from '../config/rest-schema';
import { ConnectorError } from './errors';
import { readPath } from './json-path';

/** Maximum pages one list reads, so an API that ignores the page parameter cannot loop forever. */
export const MAX_PAGES = 10_000;

/** Fetches one list page: the path with its query, returning the parsed body. */
export type PageFetcher = (pathWithQuery: string) => Promise<unknown>;

/** Reads every item of a list endpoint, following its pagination style. */
export async function listItems(
  pagination: Pagination,
  listPath: string,
  itemsPath: string | undefined,
  fetchPage: PageFetcher,
): Promise<unknown[]> {
  const itemsOf = (body: unknown): unknown[] => {
    const items = readPath(body, itemsPath);
    if (Array.isArray(items)) return items;
    throw new ConnectorError(
      'permanent',
      `list ${listPath}: no array at "${itemsPath ?? '(body)'}"; fix itemsPath`,
    );
  };

  switch (pagination.style) {
    case 'none':
      return itemsOf(await fetchPage(listPath));
    case 'page':
      return listByPage(pagination, listPath, itemsOf, fetchPage);
    case 'offset':
      return listByOffset(pagination, listPath, itemsOf, fetchPage);
    case 'cursor':
      return listByCursor(pagination, listPath, itemsOf, fetchPage);
  }
}

type Style<S extends Pagination['style']> = Extract<Pagination, { style: S }>;
type ItemsOf = (body: unknown) => unknown[];

async function listByPage(
  paging: Style<'page'>,
  listPath: string,
  itemsOf: ItemsOf,
  fetchPage: PageFetcher,
) {
  const all: unknown[] = [];
  let page = paging.firstPage;
  for (let count = 0; count < MAX_PAGES; count += 1) {
    const body = await fetchPage(
      withQuery(listPath, { [paging.pageParam]: page, ...sizeQuery(paging) }),
    );
    const items = itemsOf(body);
    all.push(...items);

    if (paging.nextPagePath === undefined) {
      if (items.length < paging.pageSize) return all;
      page += 1;
      continue;
    }
    const next = readPath(body, paging.nextPagePath);
    if (next === null || next === undefined || next === false || next === '') return all;
    page = typeof next === 'number' ? next : page + 1;
  }
  throw tooManyPages(listPath);
}

async function listByOffset(
  paging: Style<'offset'>,
  listPath: string,
  itemsOf: ItemsOf,
  fetchPage: PageFetcher,
) {
  const all: unknown[] = [];
  for (let count = 0; count < MAX_PAGES; count += 1) {
    const query = { [paging.offsetParam]: all.length, [paging.limitParam]: paging.pageSize };
    const items = itemsOf(await fetchPage(withQuery(listPath, query)));
    all.push(...items);
    if (items.length < paging.pageSize) return all;
  }
  throw tooManyPages(listPath);
}

async function listByCursor(
  paging: Style<'cursor'>,
  listPath: string,
  itemsOf: ItemsOf,
  fetchPage: PageFetcher,
) {
  const all: unknown[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let count = 0; count < MAX_PAGES; count += 1) {
    const query = {
      ...sizeQuery(paging),
      ...(cursor === undefined ? {} : { [paging.cursorParam]: cursor }),
    };
    const body = await fetchPage(withQuery(listPath, query));
    all.push(...itemsOf(body));

    const next = readPath(body, paging.nextCursorPath);
    if (typeof next !== 'string' || next === '') return all;
    if (seen.has(next))
      throw new ConnectorError(
        'permanent',
        `list ${listPath}: the API returned cursor "${next}" twice`,
      );
    seen.add(next);
    cursor = next;
  }
  throw tooManyPages(listPath);
}

function sizeQuery(paging: { sizeParam?: string; pageSize: number }): Record<string, number> {
  return paging.sizeParam ? { [paging.sizeParam]: paging.pageSize } : {};
}

/** Adds query parameters to a path that may already have some. */
export function withQuery(path: string, query: Record<string, string | number>): string {
  const url = new URL(path, 'http://placeholder.invalid');
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
  return `${url.pathname}${url.search}`;
}

function tooManyPages(listPath: string): ConnectorError {
  return new ConnectorError(
    'permanent',
    `list ${listPath}: stopped after ${MAX_PAGES} pages; check the pagination settings`,
  );
}
