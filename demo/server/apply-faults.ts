import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultInjector } from './faults';
import type { Reply } from './http';
import type { LogEntry } from './stats';
import type { DemoApp, RequestContext } from './types';

/** How long a timeout fault keeps a socket open without a response, in milliseconds. */
export const TIMEOUT_HOLD_MS = 30_000;

export type HeldSockets = Set<{ socket: Socket; timer: NodeJS.Timeout }>;

export type FaultOutcome =
  | { kind: 'proceed' }
  | { kind: 'dropAfterCommit' }
  | { kind: 'held' }
  | { kind: 'replied'; reply: Reply };

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Waits out the injected latency, then applies the fault chosen for this request. A timeout
 * parks the socket without a response until TIMEOUT_HOLD_MS pass or the server closes.
 */
export async function applyFaults(
  target: { app: DemoApp; faults: FaultInjector; heldSockets: HeldSockets },
  context: RequestContext,
  request: IncomingMessage,
  entry: LogEntry | undefined,
): Promise<FaultOutcome> {
  const { app, faults } = target;
  const decision = faults.decide(READ_METHODS.has(context.method) ? 'reads' : 'writes');
  if (decision.delayMs > 0) await sleep(decision.delayMs, undefined, { ref: false });
  if (entry && decision.kind) entry.fault = decision.kind;

  switch (decision.kind) {
    case undefined:
      return { kind: 'proceed' };
    case '429':
      return { kind: 'replied', reply: app.errors.rateLimited(faults.retryAfterHeader()) };
    case '5xx':
      return { kind: 'replied', reply: app.errors.serverError() };
    case 'stale': {
      const stale = app.errors.stale?.();
      return stale ? { kind: 'replied', reply: stale } : { kind: 'proceed' };
    }
    case 'dropAfterCommit':
      return { kind: 'dropAfterCommit' };
    case 'timeout':
      holdSocket(target.heldSockets, request.socket);
      return { kind: 'held' };
  }
}

function holdSocket(heldSockets: HeldSockets, socket: Socket): void {
  const hold = {
    socket,
    timer: setTimeout(() => socket.destroy(), TIMEOUT_HOLD_MS),
  };
  heldSockets.add(hold);
  socket.once('close', () => {
    clearTimeout(hold.timer);
    heldSockets.delete(hold);
  });
}
