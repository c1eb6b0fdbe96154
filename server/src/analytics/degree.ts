import type { CompactGraph } from './graph.ts';

/** Degree of each node (number of distinct ties), as networkx `G.degree()`. */
export function degree(g: CompactGraph): Int32Array {
  const out = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) out[v] = g.offsets[v + 1]! - g.offsets[v]!;
  return out;
}

/** Density 2m / (n(n-1)); 0 when n <= 1 (as networkx `density`). */
export function density(g: CompactGraph): number {
  if (g.n <= 1) return 0;
  return (2 * g.m) / (g.n * (g.n - 1));
}
