import { describe, expect, it } from 'vitest';
import { assignOneToOne, clusterLinks } from '../../../lib/match/index';

describe('assignOneToOne', () => {
  it('keeps each record in one link, best score first', () => {
    const links = assignOneToOne([
      { a: 'a1', b: 'b1', score: 0.7 },
      { a: 'a1', b: 'b2', score: 0.9 },
      { a: 'a2', b: 'b1', score: 0.8 },
    ]);
    expect(links.map(({ a, b }) => `${a}-${b}`)).toEqual(['a1-b2', 'a2-b1']);
  });
});

describe('clusterLinks', () => {
  it('joins chains of links', () => {
    const clusters = clusterLinks([
      { a: 'x', b: 'y' },
      { a: 'y', b: 'z' },
      { a: 'p', b: 'q' },
    ]);
    expect(clusters.map((cluster) => [...cluster].sort().join(''))).toEqual(['xyz', 'pq']);
  });
});
