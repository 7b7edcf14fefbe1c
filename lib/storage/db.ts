import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredRecord } from '../records/cache';
import type { OutboxBatch, OutboxItem } from '../outbox/types';

/** A person's verdict on whether two records are the same object. */
export interface StoredLink {
  /** The two record keys sorted and joined with `|`. */
  id: string;
  a: string;
  b: string;
  verdict: 'confirmed' | 'rejected';
  at: number;
}

interface LockstepSchema extends DBSchema {
  records: {
    key: string;
    value: StoredRecord;
    indexes: {
      byPage: [string, string, string];
      byParty: string;
      bySystem: string;
      byXref: string;
    };
  };
  links: { key: string; value: StoredLink; indexes: { byA: string; byB: string } };
  batches: { key: string; value: OutboxBatch };
  items: {
    key: string;
    value: OutboxItem;
    indexes: { byBatch: string; byState: string; byRecord: string };
  };
  meta: { key: string; value: { key: string; value: unknown } };
}

export type LockstepDb = IDBPDatabase<LockstepSchema>;

export const DB_NAME = 'lockstep';
const DB_VERSION = 2;

export function openLockstepDb(name = DB_NAME): Promise<LockstepDb> {
  return openDB<LockstepSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) createVersion1(db);
      if (oldVersion < 2) transaction.objectStore('items').createIndex('byRecord', 'recordKey');
    },
  });
}

export function linkId(a: string, b: string): string {
  return [a, b].sort().join('|');
}

function createVersion1(db: IDBPDatabase<LockstepSchema>): void {
  const records = db.createObjectStore('records', { keyPath: 'key' });
  records.createIndex('byPage', ['system', 'type', 'pageId']);
  records.createIndex('byParty', 'partyKey');
  records.createIndex('bySystem', 'system');
  records.createIndex('byXref', 'xrefTargets', { multiEntry: true });

  const links = db.createObjectStore('links', { keyPath: 'id' });
  links.createIndex('byA', 'a');
  links.createIndex('byB', 'b');

  db.createObjectStore('batches', { keyPath: 'id' });
  const items = db.createObjectStore('items', { keyPath: 'id' });
  items.createIndex('byBatch', 'batchId');
  items.createIndex('byState', 'state');

  db.createObjectStore('meta', { keyPath: 'key' });
}
