import type { FieldMapping } from '../config/schema';
import { recordKey, type CachedRecord } from '../records/types';
import { readPath } from './json-path';
import { readXrefs } from './rest-record';

type Node = Record<string, unknown>;

/** Returns the number at the end of an encoded global id, as Jobber's pages show it. */
export function jobberPageId(encodedId: string): string {
  try {
    return atob(encodedId).split('/').pop() || encodedId;
  } catch {
    return encodedId;
  }
}

/** Maps a Jobber job or client node to a cached record, keeping both ids. */
export function jobberRecord(
  system: string,
  type: string,
  node: Node,
  mappings: FieldMapping[],
): CachedRecord {
  const id = String(node.id);
  const text = (path: string) => {
    const value = readPath(node, path);
    return typeof value === 'string' && value ? value : undefined;
  };
  const base = {
    key: recordKey(system, type, id),
    system,
    type,
    id,
    pageId: jobberPageId(id),
    updatedAt: text('updatedAt') ?? '',
    xrefs: readXrefs(node, mappings),
  };
  if (type === 'client') {
    const emails = (node.emails ?? []) as { address?: string; primary?: boolean }[];
    const phones = (node.phones ?? []) as { number?: string; primary?: boolean }[];
    const fields = {
      name: text('name'),
      given_name: text('firstName'),
      surname: text('lastName'),
      company: text('companyName'),
      email: (emails.find((entry) => entry.primary) ?? emails[0])?.address,
      phone: (phones.find((entry) => entry.primary) ?? phones[0])?.number,
    };
    return { ...base, kind: 'party', title: text('name') ?? `Client ${base.pageId}`, fields };
  }
  const clientId = text('client.id');
  return {
    ...base,
    kind: 'work',
    title: text('title') ?? `Job ${String(node.jobNumber ?? base.pageId)}`,
    fields: {},
    status: text('jobStatus'),
    amount: typeof node.total === 'number' ? node.total : undefined,
    partyKey: clientId ? recordKey(system, 'client', clientId) : undefined,
  };
}
