import { saveVerdict } from '../links/store';
import type { ServiceContext } from './context';

/** Stores a person's verdict on each pair of record keys; a later verdict replaces an earlier one. */
export async function saveVerdicts(
  context: ServiceContext,
  pairs: [string, string][],
  verdict: 'confirmed' | 'rejected',
): Promise<{ saved: number }> {
  const now = context.deps.now();
  for (const [a, b] of pairs) {
    if (a === b) throw new Error(`cannot link record ${a} to itself`);
    await saveVerdict(context.db, a, b, verdict, now);
  }
  return { saved: pairs.length };
}
