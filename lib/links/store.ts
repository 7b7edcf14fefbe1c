import { linkId, type LockstepDb, type StoredLink } from '../storage/db';

/** Stores a person's verdict on a pair; a later verdict on the same pair replaces it. */
export async function saveVerdict(
  db: LockstepDb,
  a: string,
  b: string,
  verdict: StoredLink['verdict'],
  at: number,
): Promise<void> {
  await db.put('links', { id: linkId(a, b), a, b, verdict, at });
}

/** Returns every verdict that involves `key`, split into confirmed and rejected partner keys. */
export async function verdictsFor(
  db: LockstepDb,
  key: string,
): Promise<{ confirmed: Set<string>; rejected: Set<string> }> {
  const [asA, asB] = await Promise.all([
    db.getAllFromIndex('links', 'byA', key),
    db.getAllFromIndex('links', 'byB', key),
  ]);
  const confirmed = new Set<string>();
  const rejected = new Set<string>();
  for (const link of [...asA, ...asB]) {
    const partner = link.a === key ? link.b : link.a;
    (link.verdict === 'confirmed' ? confirmed : rejected).add(partner);
  }
  return { confirmed, rejected };
}
