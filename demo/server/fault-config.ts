import { isPlainObject } from './http';

export const FAULT_KINDS = ['429', '5xx', 'timeout', 'dropAfterCommit', 'stale'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export type RequestClass = 'reads' | 'writes';

/** One-shot fault for the next API request of the matching class. */
export interface OnceFault {
  kind: FaultKind;
  /** Request class it waits for. Absent means any request, except that stale and
   * dropAfterCommit always wait for a write. */
  match?: RequestClass;
}

/** Fault switches of one app, as set with POST /__faults. Rates are probabilities in [0, 1]. */
export interface FaultConfig {
  latencyMs?: number;
  latencyJitterMs?: number;
  rate429?: number;
  retryAfter?: { seconds: number } | { httpDateInSeconds: number };
  rate5xx?: number;
  rateTimeout?: number;
  rateDropAfterCommit?: number;
  rateStale?: number;
  only?: RequestClass;
  once?: OnceFault[];
}

const RATE_KEYS = [
  'rate429',
  'rate5xx',
  'rateTimeout',
  'rateDropAfterCommit',
  'rateStale',
] as const;
const KNOWN_KEYS = new Set<string>([
  ...RATE_KEYS,
  'latencyMs',
  'latencyJitterMs',
  'retryAfter',
  'only',
  'once',
]);

export class FaultConfigError extends Error {}

/**
 * Validates a POST /__faults body. Throws FaultConfigError naming the invalid field. Stale
 * faults are rejected for an app without version tokens, because they could never fire.
 */
export function parseFaultConfig(input: unknown, supportsStale: boolean): FaultConfig {
  if (!isPlainObject(input)) throw new FaultConfigError('Fault config must be a JSON object');
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) throw new FaultConfigError(`Unknown fault field "${key}"`);
  }
  const config: FaultConfig = {};
  for (const key of ['latencyMs', 'latencyJitterMs'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value >= 0 && value <= 60_000)) {
      throw new FaultConfigError(`${key} must be a number of milliseconds from 0 to 60000`);
    }
    config[key] = value;
  }
  for (const key of RATE_KEYS) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new FaultConfigError(`${key} must be a probability from 0 to 1`);
    }
    config[key] = value;
  }
  if (!supportsStale && (config.rateStale ?? 0) > 0) {
    throw new FaultConfigError('rateStale is not supported: this app has no version tokens');
  }
  if (input.retryAfter !== undefined) config.retryAfter = parseRetryAfter(input.retryAfter);
  if (input.only !== undefined) config.only = parseRequestClass(input.only, 'only');
  if (input.once !== undefined) config.once = parseOnce(input.once, supportsStale);
  return config;
}

function parseRetryAfter(value: unknown): NonNullable<FaultConfig['retryAfter']> {
  const isSeconds = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  if (isPlainObject(value) && isSeconds(value.seconds)) return { seconds: value.seconds };
  if (isPlainObject(value) && isSeconds(value.httpDateInSeconds)) {
    return { httpDateInSeconds: value.httpDateInSeconds };
  }
  throw new FaultConfigError(
    'retryAfter must be { "seconds": N } or { "httpDateInSeconds": N } with a whole N >= 0',
  );
}

function parseRequestClass(value: unknown, field: string): RequestClass {
  if (value === 'reads' || value === 'writes') return value;
  throw new FaultConfigError(`${field} must be "reads" or "writes"`);
}

function parseOnce(value: unknown, supportsStale: boolean): OnceFault[] {
  if (!Array.isArray(value)) throw new FaultConfigError('once must be an array');
  return value.map((item: unknown, i) => {
    if (!isPlainObject(item) || !(FAULT_KINDS as readonly unknown[]).includes(item.kind)) {
      throw new FaultConfigError(`once[${i}].kind must be one of ${FAULT_KINDS.join(', ')}`);
    }
    const fault: OnceFault = { kind: item.kind as FaultKind };
    if (item.match !== undefined) fault.match = parseRequestClass(item.match, `once[${i}].match`);
    const writeOnly = fault.kind === 'stale' || fault.kind === 'dropAfterCommit';
    if (writeOnly && fault.match === 'reads') {
      throw new FaultConfigError(`once[${i}]: a ${fault.kind} fault applies to writes only`);
    }
    if (fault.kind === 'stale' && !supportsStale) {
      throw new FaultConfigError(
        `once[${i}]: stale is not supported, this app has no version tokens`,
      );
    }
    return fault;
  });
}
