import { Random } from '../seed/prng';
import type { FaultConfig, FaultKind, OnceFault, RequestClass } from './fault-config';

/** Fault decision for one API request: the delay, then the fault kind, if any. */
export interface FaultDecision {
  delayMs: number;
  kind?: FaultKind;
}

/**
 * Decides which fault, if any, hits each API request. Rates draw from a PRNG that restarts
 * from the same seed on every configure() and reset(), so a run is repeatable after either.
 */
export class FaultInjector {
  private config: FaultConfig = {};
  private queue: OnceFault[] = [];
  private rng: Random;

  constructor(private readonly seed: number) {
    this.rng = new Random(seed);
  }

  configure(config: FaultConfig): void {
    this.config = { ...config };
    delete this.config.once;
    this.queue = [...(config.once ?? [])];
    this.rng = new Random(this.seed);
  }

  reset(): void {
    this.configure({});
  }

  /** Returns the active switches and the one-shot faults that have not fired yet. */
  current(): FaultConfig {
    return { ...this.config, once: [...this.queue] };
  }

  retryAfterHeader(now = Date.now()): string | undefined {
    const retryAfter = this.config.retryAfter;
    if (!retryAfter) return undefined;
    if ('seconds' in retryAfter) return String(retryAfter.seconds);
    return new Date(now + retryAfter.httpDateInSeconds * 1000).toUTCString();
  }

  decide(requestClass: RequestClass): FaultDecision {
    const queued = this.takeQueued(requestClass);
    if (this.config.only !== undefined && this.config.only !== requestClass) {
      return { delayMs: 0, kind: queued };
    }
    const delayMs = this.drawDelay();
    return { delayMs, kind: queued ?? this.drawKind(requestClass) };
  }

  private takeQueued(requestClass: RequestClass): FaultKind | undefined {
    const index = this.queue.findIndex((fault) => {
      const writeOnly = fault.kind === 'stale' || fault.kind === 'dropAfterCommit';
      const match = fault.match ?? (writeOnly ? 'writes' : undefined);
      return match === undefined || match === requestClass;
    });
    if (index < 0) return undefined;
    const [fault] = this.queue.splice(index, 1);
    return fault?.kind;
  }

  private drawDelay(): number {
    const jitter = this.rng.next() * (this.config.latencyJitterMs ?? 0);
    return Math.round((this.config.latencyMs ?? 0) + jitter);
  }

  /** Draws every rate on each request, so one switch does not shift the others' sequence. */
  private drawKind(requestClass: RequestClass): FaultKind | undefined {
    const draws = {
      timeout: this.rng.next() < (this.config.rateTimeout ?? 0),
      '429': this.rng.next() < (this.config.rate429 ?? 0),
      '5xx': this.rng.next() < (this.config.rate5xx ?? 0),
      stale: this.rng.next() < (this.config.rateStale ?? 0),
      dropAfterCommit: this.rng.next() < (this.config.rateDropAfterCommit ?? 0),
    };
    if (draws.timeout) return 'timeout';
    if (draws['429']) return '429';
    if (draws['5xx']) return '5xx';
    if (requestClass === 'writes' && draws.stale) return 'stale';
    if (requestClass === 'writes' && draws.dropAfterCommit) return 'dropAfterCommit';
    return undefined;
  }
}
