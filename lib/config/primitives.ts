import { z } from 'zod';

/** Lower-case id used in keys and URLs, for example `crm` or `in_progress`. */
export const slug = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]{0,39}$/,
    'use 1-40 lower-case letters, digits, "_" or "-", starting with a letter',
  );

/** An http or https URL; other schemes (javascript:, file:) are rejected. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'use a full http:// or https:// URL, for example https://api.example.com',
});

/** A web origin: scheme, host and optional port, with no path, query or fragment. */
export const origin = httpUrl.refine(
  (value) => new URL(value).origin === value.replace(/\/$/, ''),
  'use an origin with no path, for example https://app.example.com',
);

/** Dot-separated field names into a JSON object, for example `customer.email`. */
export const jsonPath = z
  .string()
  .regex(
    /^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/,
    'use field names joined by dots, for example "customer.email"',
  );

/** A path on the API's base URL; `{id}` stands for the record's API id. */
export const apiPath = z
  .string()
  .regex(/^\/[^\s#]*$/, 'use a path that starts with "/", for example /api/orders/{id}');
