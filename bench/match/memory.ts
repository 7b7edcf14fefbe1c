import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Returns a function that runs a full garbage collection: `global.gc` when Node runs with
 * --expose-gc, otherwise one obtained by setting that V8 flag at run time.
 */
export function garbageCollector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) {
    return exposed;
  }

  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Measures the heap growth, in bytes, that `build` leaves behind after full collections. */
export function retainedHeapBytes<T>(build: () => T): { value: T; bytes: number } {
  const collect = garbageCollector();
  collect();
  const before = process.memoryUsage().heapUsed;

  const value = build();
  collect();
  const after = process.memoryUsage().heapUsed;
  return { value, bytes: after - before };
}
