import { findStatus, findSystem } from '../config/lookup';
import type { Workspace } from '../config/schema';
import { createConnector } from '../connectors';
import type { Connector, SecretLookup } from '../connectors/types';
import type { IndexedRecord } from '../match/types';
import type { PartyIndex } from '../resolve/resolve';
import type { LockstepDb } from '../storage/db';
import type { OutboxItem } from '../outbox/types';

export type WorkspaceSource = 'default' | 'local' | 'managed';

export interface ServiceDeps {
  db: LockstepDb;
  loadWorkspace(): Promise<{ workspace: Workspace; source: WorkspaceSource }>;
  secrets: SecretLookup;
  createIndex(records: IndexedRecord[], workspace: Workspace): PartyIndex;
  fetchImpl?: typeof fetch;
  now(): number;
  random(): number;
  /** Asks to be woken at `at` (epoch ms) to run the outbox again. */
  scheduleWake(at: number): void;
  /** Called when an outbox item reaches done, conflict or needs review. */
  onSettled?(item: OutboxItem): void;
  /** Called when the outbox runner starts and when it goes idle. */
  onOutboxChange?(): void;
}

/**
 * State one background worker lifetime derives from storage. Everything here is a cache that
 * can be rebuilt from IndexedDB and `storage`, so losing it when the worker stops is harmless.
 */
export class ServiceContext {
  private index: PartyIndex | undefined;
  private connectors = new Map<string, Connector>();
  /** When each record's status was last read live, by record key: a cache of this worker. */
  readonly liveReads = new Map<string, number>();

  constructor(readonly deps: ServiceDeps) {}

  get db(): LockstepDb {
    return this.deps.db;
  }

  async workspace(): Promise<Workspace> {
    return (await this.deps.loadWorkspace()).workspace;
  }

  async connectorFor(systemId: string): Promise<Connector> {
    const cached = this.connectors.get(systemId);
    if (cached) return cached;

    const workspace = await this.workspace();
    const system = findSystem(workspace, systemId);
    if (!system) throw new Error(`system "${systemId}" is not in the workspace`);
    const { secrets, fetchImpl } = this.deps;
    const connector = createConnector(system, secrets, fetchImpl, workspace.fieldMappings);
    this.connectors.set(systemId, connector);
    return connector;
  }

  /** Returns the candidate index over every cached customer, built on first use after a pull. */
  async partyIndex(): Promise<PartyIndex> {
    if (this.index) return this.index;
    const parties = (await this.db.getAll('records')).filter((record) => record.kind === 'party');
    const entries = parties.map((record) => ({
      key: record.key,
      system: record.system,
      fields: record.fields,
    }));
    this.index = this.deps.createIndex(entries, await this.workspace());
    return this.index;
  }

  invalidateIndex(): void {
    this.index = undefined;
  }

  /** Drops cached connectors and the index after the workspace changed. */
  reset(): void {
    this.connectors.clear();
    this.index = undefined;
  }

  async statusLabel(systemId: string, value: string): Promise<string> {
    const system = findSystem(await this.workspace(), systemId);
    return (system && findStatus(system, value)?.label) ?? value;
  }
}
