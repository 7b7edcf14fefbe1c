/** Levels in increasing order of importance. */
const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LEVELS)[number];

let threshold: LogLevel = 'warn';

export function setLogLevel(level: LogLevel): void {
  threshold = level;
}

/**
 * Returns a logger that prefixes every line with `[lockstep:scope]` and drops lines below the
 * threshold. Callers pass ids and counts, never secrets or a record's personal fields.
 */
export function createLogger(scope: string) {
  const emit = (level: LogLevel, message: string, ...details: unknown[]) => {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(threshold)) return;
    const write = level === 'debug' ? console.debug : console[level];
    write(`[lockstep:${scope}] ${message}`, ...details);
  };
  return {
    debug: (message: string, ...details: unknown[]) => emit('debug', message, ...details),
    info: (message: string, ...details: unknown[]) => emit('info', message, ...details),
    warn: (message: string, ...details: unknown[]) => emit('warn', message, ...details),
    error: (message: string, ...details: unknown[]) => emit('error', message, ...details),
  };
}
