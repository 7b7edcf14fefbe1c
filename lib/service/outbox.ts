import { findSystem } from '../config/lookup';
import type { Workspace } from '../config/schema';
import { requestLimit } from '../connectors/limits';
import { RateLimiter } from '../outbox/rate-limit';
import { putRecord } from '../records/cache';
import { drainOutbox, type RunnerDeps } from '../outbox/runner';
import { nextDueTime } from '../outbox/store';
import type { ServiceContext } from './context';

/** Attempts per item before it needs review. */
export const MAX_ATTEMPTS = 6;

/**
 * Runs the outbox until nothing is due, then schedules a wake-up for the next backoff. Calls
 * while a drain is running set a flag so the drain goes round once more instead of overlapping.
 */
export class OutboxPump {
  private running: Promise<void> | undefined;
  private again = false;
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(private readonly context: ServiceContext) {}

  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    this.context.deps.onOutboxChange?.();
    do {
      this.again = false;
      await drainOutbox(await this.runnerDeps());
    } while (this.again);

    this.context.deps.onOutboxChange?.();
    const next = await nextDueTime(this.context.db);
    if (next !== undefined) this.context.deps.scheduleWake(next);
  }

  private limiterFor(workspace: Workspace, systemId: string): RateLimiter {
    let limiter = this.limiters.get(systemId);
    if (!limiter) {
      const system = findSystem(workspace, systemId);
      const limit = system ? requestLimit(system.connector) : { ratePerSecond: 1, burst: 1 };
      limiter = new RateLimiter(limit.ratePerSecond, limit.burst);
      this.limiters.set(systemId, limiter);
    }
    return limiter;
  }

  private async runnerDeps(): Promise<RunnerDeps> {
    const context = this.context;
    const workspace = await context.workspace();
    const connectors = new Map(
      await Promise.all(
        workspace.systems.map(
          async (system) => [system.id, await context.connectorFor(system.id)] as const,
        ),
      ),
    );
    const labels = new Map(
      workspace.systems.flatMap((system) =>
        system.statuses.map((status) => [`${system.id}:${status.value}`, status.label] as const),
      ),
    );

    return {
      db: context.db,
      connectorFor(system) {
        const connector = connectors.get(system);
        if (!connector) throw new Error(`system "${system}" is no longer in the workspace`);
        return connector;
      },
      systemLabel: (system) => findSystem(workspace, system)?.label ?? system,
      statusLabel: (system, value) => labels.get(`${system}:${value}`) ?? value,
      updateRecord: async (record) => {
        const existing = await context.db.get('records', record.key);
        await putRecord(context.db, { ...record, partyKey: record.partyKey ?? existing?.partyKey });
      },
      maxConcurrent: (system) => findSystem(workspace, system)?.connector.maxConcurrent ?? 1,
      throttle: (system) => this.limiterFor(workspace, system).acquire(),
      onSettled: (item) => context.deps.onSettled?.(item),
      now: context.deps.now,
      random: context.deps.random,
      maxAttempts: MAX_ATTEMPTS,
    };
  }
}
