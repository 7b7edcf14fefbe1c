import type { LockstepDb } from '../storage/db';
import type { CachedRecord } from './types';

/** A cached record plus the index keys IndexedDB needs to find it by cross-reference. */
export interface StoredRecord extends CachedRecord {
  /** `system:type:pageId` of every record this one refers to. */
  xrefTargets: string[];
}

/** `system:type:pageId`: how cross-reference fields and page URLs name a record. */
export function pageRef(record: Pick<CachedRecord, 'system' | 'type' | 'pageId'>): string {
  return `${record.system}:${record.type}:${record.pageId}`;
}

function toStored(record: CachedRecord): StoredRecord {
  const xrefTargets = Object.entries(record.xrefs).map(([system, ref]) => `${system}:${ref}`);
  return { ...record, xrefTargets };
}

export async function putRecord(db: LockstepDb, record: CachedRecord): Promise<void> {
  await db.put('records', toStored(record));
}

/** Replaces every cached record of one system and type with a fresh pull. */
export async function replaceRecords(
  db: LockstepDb,
  system: string,
  type: string,
  records: CachedRecord[],
): Promise<void> {
  const tx = db.transaction('records', 'readwrite');
  const fresh = new Set(records.map((record) => record.key));
  const writes: Promise<unknown>[] = records.map((record) => tx.store.put(toStored(record)));

  for (const old of await tx.store.index('bySystem').getAll(system)) {
    if (old.type === type && !fresh.has(old.key)) writes.push(tx.store.delete(old.key));
  }
  await Promise.all([...writes, tx.done]);
}

export function findByPage(
  db: LockstepDb,
  system: string,
  type: string,
  pageId: string,
): Promise<StoredRecord | undefined> {
  return db.getFromIndex('records', 'byPage', [system, type, pageId]);
}

/** Resolves a `system:type:pageId` reference to a cached record. */
export function findByRef(db: LockstepDb, ref: string): Promise<StoredRecord | undefined> {
  const [system, type, ...rest] = ref.split(':');
  if (!system || !type || rest.length === 0) return Promise.resolve(undefined);
  return findByPage(db, system, type, rest.join(':'));
}

export function recordsReferring(db: LockstepDb, record: CachedRecord): Promise<StoredRecord[]> {
  return db.getAllFromIndex('records', 'byXref', pageRef(record));
}

export function recordsOfParty(db: LockstepDb, partyKey: string): Promise<StoredRecord[]> {
  return db.getAllFromIndex('records', 'byParty', partyKey);
}
