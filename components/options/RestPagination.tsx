import type { Pagination } from '@/lib/config/rest-schema';
import { optional, TextField } from './fields';

/** Settings each pagination style starts with when the admin picks it. */
export const PAGINATION: Record<Pagination['style'], Pagination> = {
  none: { style: 'none' },
  page: { style: 'page', pageParam: 'page', pageSize: 100, firstPage: 1 },
  offset: { style: 'offset', offsetParam: 'offset', limitParam: 'limit', pageSize: 100 },
  cursor: { style: 'cursor', cursorParam: 'cursor', nextCursorPath: 'next_cursor', pageSize: 100 },
};

/** Inputs for the parameters of the chosen pagination style. */
export function PaginationInputs({
  pagination,
  onChange,
}: {
  pagination: Pagination;
  onChange(next: Pagination): void;
}) {
  const size = (value: string) => Number(value) || 1;
  switch (pagination.style) {
    case 'none':
      return null;
    case 'page':
      return (
        <div class="row">
          <TextField
            label="Page parameter"
            value={pagination.pageParam}
            testId="rest-pageParam"
            onChange={(pageParam) => onChange({ ...pagination, pageParam })}
          />
          <TextField
            label="Page size parameter"
            value={pagination.sizeParam ?? ''}
            testId="rest-sizeParam"
            onChange={(value) => onChange({ ...pagination, sizeParam: optional(value) })}
          />
          <TextField
            label="Page size"
            type="number"
            min={1}
            value={String(pagination.pageSize)}
            testId="rest-pageSize"
            onChange={(value) => onChange({ ...pagination, pageSize: size(value) })}
          />
          <TextField
            label="Next page field"
            value={pagination.nextPagePath ?? ''}
            help="Empty: stop on a short page."
            testId="rest-nextPagePath"
            onChange={(value) => onChange({ ...pagination, nextPagePath: optional(value) })}
          />
        </div>
      );
    case 'offset':
      return (
        <div class="row">
          <TextField
            label="Offset parameter"
            value={pagination.offsetParam}
            onChange={(offsetParam) => onChange({ ...pagination, offsetParam })}
          />
          <TextField
            label="Limit parameter"
            value={pagination.limitParam}
            onChange={(limitParam) => onChange({ ...pagination, limitParam })}
          />
          <TextField
            label="Page size"
            type="number"
            min={1}
            value={String(pagination.pageSize)}
            onChange={(value) => onChange({ ...pagination, pageSize: size(value) })}
          />
        </div>
      );
    case 'cursor':
      return (
        <div class="row">
          <TextField
            label="Cursor parameter"
            value={pagination.cursorParam}
            onChange={(cursorParam) => onChange({ ...pagination, cursorParam })}
          />
          <TextField
            label="Next cursor field"
            value={pagination.nextCursorPath}
            onChange={(nextCursorPath) => onChange({ ...pagination, nextCursorPath })}
          />
          <TextField
            label="Page size parameter"
            value={pagination.sizeParam ?? ''}
            onChange={(value) => onChange({ ...pagination, sizeParam: optional(value) })}
          />
          <TextField
            label="Page size"
            type="number"
            min={1}
            value={String(pagination.pageSize)}
            onChange={(value) => onChange({ ...pagination, pageSize: size(value) })}
          />
        </div>
      );
  }
}
