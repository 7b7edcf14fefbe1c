import type { MatchDecision } from '../match/types';
import type { StoredRecord } from '../records/cache';
import type { MatchSource } from '../views';

/** One record found to be the same object as the record being resolved. */
export interface Found {
  record: StoredRecord;
  source: MatchSource;
  decision: MatchDecision;
  confidence: number;
  reasons: string[];
  /** For a match found through the customer: the matched customer's key. */
  viaParty?: string;
}

const SOURCE_RANK: Record<MatchSource, number> = { link: 3, xref: 2, exact: 1, fuzzy: 0 };

/** Keeps the strongest match per system: by evidence first, then by confidence. */
export class BestPerSystem {
  private readonly best = new Map<string, Found>();

  constructor(private readonly excluded: Set<string>) {}

  consider(found: Found): void {
    if (this.excluded.has(found.record.key)) return;
    const current = this.best.get(found.record.system);
    if (!current || isStronger(found, current)) this.best.set(found.record.system, found);
  }

  has(system: string): boolean {
    return this.best.has(system);
  }

  values(): Found[] {
    return [...this.best.values()];
  }
}

function isStronger(a: Found, b: Found): boolean {
  const rank = SOURCE_RANK[a.source] - SOURCE_RANK[b.source];
  return rank !== 0 ? rank > 0 : a.confidence > b.confidence;
}

/** Evidence a person or a cross-reference gave; fuzzy suggestions are not trusted for writes. */
export function isTrusted(found: Pick<Found, 'source' | 'decision'>): boolean {
  return found.source !== 'fuzzy' && found.decision === 'match';
}
