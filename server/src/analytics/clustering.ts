import type { CompactGraph } from './graph.ts';

/**
 * Triangles through each node, by marking each node's neighbours (Watts & Strogatz 1998
 * clustering needs only these counts).
 */
export function triangles(g: CompactGraph): Float64Array {
  const { n, offsets, adj } = g;
  const mark = new Int32Array(n).fill(-1);
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    for (let i = start; i < end; i++) mark[adj[i]!] = v;
    let t = 0;
    for (let i = start; i < end; i++) {
      const u = adj[i]!;
      for (let j = offsets[u]!, e2 = offsets[u + 1]!; j < e2; j++) if (mark[adj[j]!] === v) t++;
    }
    out[v] = t / 2; // each triangle at v is seen from both of its other corners
  }
  return out;
}

/**
 * Local clustering coefficient (Watts & Strogatz 1998), as networkx `clustering` (unweighted):
 * 2T(v) / (deg(v)(deg(v)-1)), and 0 when deg(v) < 2.
 */
export function clustering(g: CompactGraph, tri: Float64Array = triangles(g)): Float64Array {
  const out = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    const d = g.offsets[v + 1]! - g.offsets[v]!;
    out[v] = d < 2 ? 0 : (2 * tri[v]!) / (d * (d - 1));
  }
  return out;
}

/** Mean local clustering over all nodes, isolates counting as 0 (networkx `average_clustering`). */
export function averageClustering(local: Float64Array): number {
  if (local.length === 0) return 0;
  let s = 0;
  for (const c of local) s += c;
  return s / local.length;
}
