import type { PrepareOptions, PreparedRecord } from '../../lib/match/index';
import { prepareRecord, scorePrepared } from '../../lib/match/index';
import type { PairRow } from './output';
import type { CsvRecord } from './read-records';

/**
 * Groups record positions into clusters, the connected components of the listed pairs, with
 * union-find over a typed array (path halving, union by size).
 */
export class RecordClusters {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = Int32Array.from({ length: count }, (_, at) => at);
    this.size = new Int32Array(count).fill(1);
  }

  join(x: number, y: number): void {
    let rootX = this.root(x);
    let rootY = this.root(y);
    if (rootX === rootY) {
      return;
    }
    if ((this.size[rootX] ?? 0) < (this.size[rootY] ?? 0)) {
      [rootX, rootY] = [rootY, rootX];
    }
    this.parent[rootY] = rootX;
    this.size[rootX] = (this.size[rootX] ?? 0) + (this.size[rootY] ?? 0);
  }

  /** Returns the clusters of three or more records, each in ascending position order. */
  largeClusters(): number[][] {
    const members = new Map<number, number[]>();
    for (let at = 0; at < this.parent.length; at++) {
      const root = this.root(at);
      if ((this.size[root] ?? 0) >= 3) {
        const cluster = members.get(root) ?? [];
        cluster.push(at);
        members.set(root, cluster);
      }
    }
    return [...members.values()];
  }

  private root(at: number): number {
    let current = at;
    for (;;) {
      const up = this.parent[current] ?? current;
      if (up === current) {
        return current;
      }
      const grand = this.parent[up] ?? up;
      this.parent[current] = grand;
      current = grand;
    }
  }
}

/**
 * Yields every pair within a cluster that was not listed directly, scored on its own and marked
 * `linked through other records`. A cluster of k records yields up to k(k-1)/2 pairs, so this
 * output grows with the square of the largest cluster. Each record is normalised once.
 */
export function* impliedPairs(
  records: CsvRecord[],
  clusters: RecordClusters,
  isListed: (x: number, y: number) => boolean,
  options: PrepareOptions,
): Generator<PairRow> {
  for (const cluster of clusters.largeClusters()) {
    const prepared = cluster.map((at) => prepareRecord(records[at]?.fields ?? {}, options));
    for (let i = 0; i < cluster.length; i++) {
      for (let j = i + 1; j < cluster.length; j++) {
        const [x, y] = [cluster[i] ?? 0, cluster[j] ?? 0];
        if (!isListed(x, y)) {
          yield impliedRow(records, x, y, prepared[i], prepared[j]);
        }
      }
    }
  }
}

function impliedRow(
  records: CsvRecord[],
  x: number,
  y: number,
  first: PreparedRecord | undefined,
  second: PreparedRecord | undefined,
): PairRow {
  const scored = scorePrepared(first ?? prepareRecord({}), second ?? prepareRecord({}));
  return {
    a: records[x]?.key ?? '',
    b: records[y]?.key ?? '',
    ...scored,
    reasons: [...scored.reasons, 'linked through other records'],
  };
}
