/** A scored link between two record keys. */
export interface ScoredLink {
  a: string;
  b: string;
  score: number;
}

/**
 * Keeps each record in at most one link, taking links by score from the highest down
 * (greedy one-to-one assignment), for linking two systems where each has a customer only once.
 */
export function assignOneToOne<T extends ScoredLink>(links: T[]): T[] {
  const sorted = [...links].sort((left, right) => right.score - left.score);
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const assigned: T[] = [];

  for (const link of sorted) {
    if (usedA.has(link.a) || usedB.has(link.b)) {
      continue;
    }
    usedA.add(link.a);
    usedB.add(link.b);
    assigned.push(link);
  }
  return assigned;
}

/**
 * Groups keys into clusters, the connected components of the links (union-find with path
 * halving). Keys without a link are left out.
 */
export function clusterLinks(links: { a: string; b: string }[]): string[][] {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let current = key;
    for (;;) {
      const up = parent.get(current) ?? current;
      if (up === current) {
        return current;
      }
      const grand = parent.get(up) ?? up;
      parent.set(current, grand);
      current = grand;
    }
  };

  for (const { a, b } of links) {
    for (const key of [a, b]) {
      if (!parent.has(key)) {
        parent.set(key, key);
      }
    }
    const rootA = root(a);
    const rootB = root(b);
    if (rootA !== rootB) {
      parent.set(rootB, rootA);
    }
  }

  const clusters = new Map<string, string[]>();
  for (const key of parent.keys()) {
    const top = root(key);
    const cluster = clusters.get(top);
    if (cluster) {
      cluster.push(key);
    } else {
      clusters.set(top, [key]);
    }
  }
  return [...clusters.values()];
}
