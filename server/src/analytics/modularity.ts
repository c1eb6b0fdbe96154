import type { CompactGraph } from './graph.ts';

/**
 * Modularity of a partition, Newman & Girvan (2004) / Newman (2006), unweighted, as networkx
 * `community.modularity(G, communities, resolution=1)`:
 * Q = sum over communities c of (L_c / m - resolution * (D_c / 2m)^2), L_c = ties inside c,
 * D_c = total degree of c. `community[v]` numbers each node's community. Null when m = 0
 * (networkx raises ZeroDivisionError).
 */
export function modularity(g: CompactGraph, community: Int32Array, resolution = 1): number | null {
  if (g.m === 0) return null;
  let k = 0;
  for (const c of community) if (c + 1 > k) k = c + 1;
  const inside = new Float64Array(k);
  const degreeSum = new Float64Array(k);
  for (let v = 0; v < g.n; v++) {
    const c = community[v]!;
    degreeSum[c] = degreeSum[c]! + g.offsets[v + 1]! - g.offsets[v]!;
  }
  for (let e = 0; e < g.m; e++) {
    const c = community[g.edgeU[e]!]!;
    if (c === community[g.edgeV[e]!]) inside[c]!++;
  }
  const m2 = 2 * g.m;
  let q = 0;
  for (let c = 0; c < k; c++) {
    const share = degreeSum[c]! / m2;
    q += inside[c]! / g.m - resolution * share * share;
  }
  return q;
}
