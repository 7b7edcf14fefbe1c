/** GraphQL documents the Jobber connector sends; fields follow Jobber's public schema. */

const JOB_FIELDS = 'id jobNumber title jobStatus total updatedAt client { id }';
const CLIENT_FIELDS =
  'id name firstName lastName companyName updatedAt emails { address primary } phones { number primary }';

export const FIELDS: Record<string, string> = { job: JOB_FIELDS, client: CLIENT_FIELDS };

/** Builds the query for one page of jobs or clients, 50 at a time, with the next cursor. */
export function listQuery(collection: 'jobs' | 'clients', fields: string): string {
  return `query List($cursor: String) { ${collection}(first: 50, after: $cursor) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`;
}

export function readQuery(entity: 'job' | 'client', fields: string): string {
  return `query Read($id: EncodedId!) { ${entity}(id: $id) { ${fields} } }`;
}

/**
 * Mutations that move a job between open and archived. Jobber derives its other statuses
 * (upcoming, today, late, requires invoicing) from visits and invoices.
 */
export const STATUS_MUTATIONS: Record<string, string> = {
  archived: `mutation Close($id: EncodedId!) { jobClose(jobId: $id) { job { ${JOB_FIELDS} } userErrors { message path } } }`,
  active: `mutation Reopen($id: EncodedId!) { jobReopen(jobId: $id) { job { ${JOB_FIELDS} } userErrors { message path } } }`,
};
