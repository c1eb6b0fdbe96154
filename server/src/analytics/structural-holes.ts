import type { CompactGraph } from './graph.ts';

/**
 * Burt's (1992) constraint, "Structural Holes", unweighted undirected, as networkx
 * `constraint`: with p(u,v) = 1/deg(u) for each neighbour v,
 * c(u) = sum over neighbours v of (p(u,v) + sum over w in N(u) ∩ N(v) of p(u,w) p(w,v))^2.
 * Undefined (null) for an isolate, where networkx gives NaN.
 */
export function constraint(g: CompactGraph): (number | null)[] {
  const { n, offsets, adj } = g;
  const mark = new Int32Array(n).fill(-1);
  const out: (number | null)[] = new Array<number | null>(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    const du = end - start;
    if (du === 0) {
      out[u] = null;
      continue;
    }
    for (let i = start; i < end; i++) mark[adj[i]!] = u;
    const pu = 1 / du;
    let c = 0;
    for (let i = start; i < end; i++) {
      const v = adj[i]!;
      let indirect = 0;
      // w adjacent to both u and v: p(u,w) p(w,v) = (1/deg u)(1/deg w)
      for (let j = offsets[v]!, e2 = offsets[v + 1]!; j < e2; j++) {
        const w = adj[j]!;
        if (mark[w] === u) indirect += pu / (offsets[w + 1]! - offsets[w]!);
      }
      const local = pu + indirect;
      c += local * local;
    }
    out[u] = c;
  }
  return out;
}

/**
 * Burt's (1992) effective size, by Borgatti's (1997) simplification for unweighted undirected
 * graphs, as networkx `effective_size`: deg(u) - 2t/deg(u), t = ties among u's neighbours
 * (that is, triangles through u). Null for an isolate (networkx: NaN).
 */
export function effectiveSize(g: CompactGraph, tri: Float64Array): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(g.n);
  for (let u = 0; u < g.n; u++) {
    const d = g.offsets[u + 1]! - g.offsets[u]!;
    out[u] = d === 0 ? null : d - (2 * tri[u]!) / d;
  }
  return out;
}
