import { verdictsFor } from '../links/store';
import type { Candidate, MatchFields } from '../match/types';
import { findByRef, recordsOfParty, recordsReferring, type StoredRecord } from '../records/cache';
import type { LockstepDb } from '../storage/db';
import { BestPerSystem, type Found } from './found';

/** The part of the candidate index the resolver uses. */
export interface PartyIndex {
  query(
    fields: MatchFields,
    options?: { systems?: string[]; excludeKey?: string; limit?: number; system?: string },
  ): Candidate[];
}

export interface Resolution {
  party?: StoredRecord;
  matches: Found[];
  /** Likely duplicates of the party inside its own system. */
  duplicates: Found[];
}

/** Greatest number of cross-reference hops followed from the open record. */
const XREF_DEPTH = 2;

/**
 * Finds the same object in every other system: stored links first, then cross-reference ids,
 * then the customer's best match in each system and that customer's record with the same amount.
 */
export async function resolveRecord(
  db: LockstepDb,
  index: PartyIndex,
  record: StoredRecord,
  systems: string[],
): Promise<Resolution> {
  const party =
    record.kind === 'party'
      ? record
      : record.partyKey
        ? await db.get('records', record.partyKey)
        : undefined;
  const partyMatches = party ? await resolveParty(db, index, party, systems) : [];
  const duplicates = party ? await findDuplicates(db, index, party) : [];

  if (record.kind === 'party') return { party, matches: partyMatches, duplicates };

  const best = await startFromLinks(db, record);
  for (const found of await followXrefs(db, record)) best.consider(found);

  for (const partyMatch of partyMatches) {
    if (partyMatch.record.system === record.system || best.has(partyMatch.record.system)) continue;
    const work = await bestWorkOf(db, partyMatch, record);
    if (work) best.consider(work);
  }
  return {
    party,
    matches: best.values().filter((found) => found.record.system !== record.system),
    duplicates,
  };
}

async function resolveParty(
  db: LockstepDb,
  index: PartyIndex,
  party: StoredRecord,
  systems: string[],
): Promise<Found[]> {
  const best = await startFromLinks(db, party);

  const others = systems.filter((system) => system !== party.system);
  for (const candidate of index.query(party.fields, {
    systems: others,
    excludeKey: party.key,
    limit: 20,
    system: party.system,
  })) {
    if (candidate.decision === 'no-match') continue;
    const record = await db.get('records', candidate.key);
    if (!record) continue;
    const source = candidate.decision === 'match' ? 'exact' : 'fuzzy';
    best.consider({
      record,
      source,
      decision: candidate.decision,
      confidence: candidate.score,
      reasons: candidate.reasons,
    });
  }
  return best.values().filter((found) => found.record.system !== party.system);
}

async function findDuplicates(
  db: LockstepDb,
  index: PartyIndex,
  party: StoredRecord,
): Promise<Found[]> {
  const { rejected } = await verdictsFor(db, party.key);
  const candidates = index
    .query(party.fields, {
      systems: [party.system],
      excludeKey: party.key,
      limit: 5,
      system: party.system,
    })
    .filter((candidate) => candidate.decision !== 'no-match' && !rejected.has(candidate.key));

  const found: Found[] = [];
  for (const candidate of candidates) {
    const record = await db.get('records', candidate.key);
    if (record)
      found.push({
        record,
        source: 'fuzzy',
        decision: candidate.decision,
        confidence: candidate.score,
        reasons: candidate.reasons,
      });
  }
  return found;
}

/** Walks cross-reference fields in both directions, up to XREF_DEPTH hops. */
async function followXrefs(db: LockstepDb, start: StoredRecord): Promise<Found[]> {
  const seen = new Set([start.key]);
  const found: Found[] = [];
  let frontier = [start];

  for (let depth = 0; depth < XREF_DEPTH && frontier.length > 0; depth++) {
    const next: StoredRecord[] = [];
    for (const record of frontier) {
      const targets = await Promise.all(record.xrefTargets.map((ref) => findByRef(db, ref)));
      const referring = await recordsReferring(db, record);
      for (const other of [...targets, ...referring]) {
        if (!other || seen.has(other.key)) continue;
        seen.add(other.key);
        next.push(other);
        const reasons =
          depth === 0 ? [] : [`through ${record.system} ${record.type} ${record.pageId}`];
        found.push({ record: other, source: 'xref', decision: 'match', confidence: 1, reasons });
      }
    }
    frontier = next;
  }
  return found;
}

/** Picks the party's work record that looks like `work`: same amount first, newest on ties. */
async function bestWorkOf(
  db: LockstepDb,
  partyMatch: Found,
  work: StoredRecord,
): Promise<Found | undefined> {
  const candidates = (await recordsOfParty(db, partyMatch.record.key)).filter(
    (record) => record.kind === 'work',
  );
  const scored = candidates.map((record) => ({
    record,
    amountMatches: sameAmount(record.amount, work.amount),
  }));
  scored.sort(
    (a, b) =>
      Number(b.amountMatches) - Number(a.amountMatches) ||
      b.record.updatedAt.localeCompare(a.record.updatedAt),
  );

  const top = scored[0];
  if (!top) return undefined;
  const reasons = [
    ...partyMatch.reasons.map((reason) => `customer: ${reason}`),
    top.amountMatches ? 'same amount' : 'amount differs',
  ];
  const confidence = partyMatch.confidence * (top.amountMatches ? 1 : 0.5);
  const decision = top.amountMatches ? partyMatch.decision : 'possible';
  return {
    record: top.record,
    // A different amount means it may be another piece of work: only a suggestion.
    source: top.amountMatches ? partyMatch.source : 'fuzzy',
    decision,
    confidence,
    reasons,
    viaParty: partyMatch.record.key,
  };
}

function sameAmount(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && Math.abs(a - b) < 0.005;
}

/** Seeds the best-match set with a person's confirmed links and excludes their rejections. */
async function startFromLinks(db: LockstepDb, record: StoredRecord): Promise<BestPerSystem> {
  const verdicts = await verdictsFor(db, record.key);
  const best = new BestPerSystem(new Set([...verdicts.rejected, record.key]));
  for (const key of verdicts.confirmed) {
    const linked = await db.get('records', key);
    if (!linked) continue;
    const reasons = ['confirmed by a person'];
    best.consider({ record: linked, source: 'link', decision: 'match', confidence: 1, reasons });
  }
  return best;
}
