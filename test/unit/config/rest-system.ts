import type { SystemConfig } from '../../../lib/config/schema';

/** Returns a generic REST system shaped like the extra demo app, for validation tests. */
export function restSystem(): SystemConfig {
  return {
    id: 'dispatch',
    label: 'Dispatch',
    origins: ['http://127.0.0.1:4104'],
    dateFormat: 'iso',
    connector: {
      kind: 'generic-rest',
      baseUrl: 'http://127.0.0.1:4104',
      auth: { type: 'bearer', secretId: 'dispatch' },
      maxConcurrent: 2,
      rest: {
        recordTypes: {
          order: {
            listPath: '/api/work-orders',
            itemsPath: 'items',
            pagination: {
              style: 'page',
              pageParam: 'page',
              pageSize: 50,
              firstPage: 1,
              nextPagePath: 'next',
            },
            readPath: '/api/work-orders/{id}',
            idPath: 'id',
            pageIdPath: 'ref',
            titlePath: 'title',
            statusPath: 'state',
            fields: {},
            version: { from: 'body', path: 'revision' },
            write: {
              method: 'PUT',
              path: '/api/work-orders/{id}',
              body: '{"state": "{{status}}", "revision": "{{version}}"}',
              versionIn: 'body',
            },
          },
        },
      },
    },
    recordTypes: [
      {
        id: 'order',
        label: 'Work order',
        kind: 'work',
        url: { path: '/work-orders/:id' },
        ready: '#work-order',
        fields: {
          status: { from: 'selector', selector: '[data-field="state"]', attribute: 'data-value' },
        },
      },
    ],
    statuses: [{ value: 'done', label: 'Done', canonical: ['completed'] }],
  };
}
