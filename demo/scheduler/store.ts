import { nextTimestamp } from '../server/clock';
import type { SchedulerSeed } from '../seed/scheduler';
import type { SchedulerStatus } from '../seed/statuses';
import type { SchedulerClient, SchedulerJob } from './records';

/** The scheduler's clients and jobs, in number order, restorable to the seed. */
export class SchedulerStore {
  clients = new Map<string, SchedulerClient>();
  jobs = new Map<string, SchedulerJob>();

  constructor(private readonly seed: SchedulerSeed) {
    this.reset();
  }

  reset(): void {
    const copy = structuredClone(this.seed);
    this.clients = new Map(copy.clients.map((client) => [client.id, client]));
    this.jobs = new Map(copy.jobs.map((job) => [job.id, job]));
  }

  /** Finds a job by API id, or by job number when `idOrNumber` is all digits. */
  findJob(idOrNumber: string): SchedulerJob | undefined {
    if (!/^\d+$/.test(idOrNumber)) return this.jobs.get(idOrNumber);
    return [...this.jobs.values()].find((job) => job.number === Number(idOrNumber));
  }

  /** Sets a job's status, increments its version and sets updated_at. */
  setStatus(job: SchedulerJob, status: SchedulerStatus): void {
    job.status = status;
    job.version += 1;
    job.updated_at = nextTimestamp(job.updated_at);
  }
}

/** Formats a version as the quoted ETag value. */
export function etag(version: number): string {
  return `"${version}"`;
}
