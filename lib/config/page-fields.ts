import { z } from 'zod';

/** Field names a record page can yield; the match fields plus the work-record fields. */
export const pageFieldSchema = z.enum([
  'name',
  'given_name',
  'surname',
  'company',
  'email',
  'phone',
  'country',
  'address',
  'postcode',
  'city',
  'title',
  'amount',
  'status',
  'date',
  'party',
]);

export type PageField = z.infer<typeof pageFieldSchema>;
