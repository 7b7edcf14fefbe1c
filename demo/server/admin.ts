import type { FaultInjector } from './faults';
import { FaultConfigError, parseFaultConfig } from './fault-config';
import { jsonReply, parseJson, type Reply } from './http';
import type { RequestStats } from './stats';
import type { DemoApp, RequestContext } from './types';

export interface AdminTargets {
  app: DemoApp;
  stats: RequestStats;
  faults: FaultInjector;
}

/** Handles the /__ test endpoints. They need no sign-in, but only loopback clients reach them. */
export function handleAdmin(targets: AdminTargets, context: RequestContext): Reply {
  const { app, stats, faults } = targets;
  const route = `${context.method} ${context.url.pathname}`;
  switch (route) {
    case 'POST /__reset':
      app.reset();
      stats.reset();
      faults.reset();
      return jsonReply(200, { ok: true });
    case 'GET /__stats':
      return jsonReply(200, stats.snapshot());
    case 'GET /__faults':
      return jsonReply(200, faults.current());
    case 'POST /__faults':
      return setFaults(targets, context.body);
    case 'POST /__mutate': {
      const input = parseJson(context.body);
      if (input === undefined) return adminError(400, 'Request body must be JSON');
      return app.mutate(input);
    }
    default:
      return adminError(404, `No admin endpoint ${route}`);
  }
}

function setFaults(targets: AdminTargets, body: string): Reply {
  const input = body.trim() === '' ? {} : parseJson(body);
  if (input === undefined) return adminError(400, 'Request body must be JSON');
  try {
    const config = parseFaultConfig(input, targets.app.errors.stale !== undefined);
    targets.faults.configure(config);
    return jsonReply(200, targets.faults.current());
  } catch (error) {
    if (error instanceof FaultConfigError) return adminError(400, error.message);
    throw error;
  }
}

/** Error body of the admin endpoints, the same in every app. */
export function adminError(status: number, message: string): Reply {
  return jsonReply(status, { error: message });
}

/** True for IPv4 and IPv6 loopback addresses, including IPv4-mapped IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}
