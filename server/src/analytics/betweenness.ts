import type { CompactGraph } from './graph.ts';

export interface PathCentralities {
  /** normalised betweenness, as networkx `betweenness_centrality(normalized=True)` */
  betweenness: Float64Array;
  /** Wasserman-Faust closeness, as networkx `closeness_centrality(wf_improved=True)`;
   * only when every node was a source (exact mode), otherwise null */
  closeness: Float64Array | null;
  /** number of BFS sources used: n when exact */
  sources: number;
  exact: boolean;
}

/**
 * Betweenness centrality by Brandes (2001), "A faster algorithm for betweenness centrality",
 * unweighted: one breadth-first search per source, then dependencies accumulated in reverse
 * BFS order. Closeness (Wasserman & Faust 1994, see closeness.ts) falls out of the same
 * searches. Every (s, t) pair is counted in both directions and the sum scaled by
 * 1/((n-1)(n-2)) (n > 2), which is networkx's normalisation for undirected graphs.
 *
 * With `sources` (a sample of k distinct nodes) the result is networkx's sampled estimate
 * (`betweenness_centrality(k=...)`): sources scaled by 1/((k-1)(n-2)), others by 1/(k(n-2)).
 *
 * All working state is typed arrays allocated once; predecessors are not stored (a neighbour
 * one step nearer the source is a predecessor), so the inner loops allocate nothing.
 */
export function pathCentralities(g: CompactGraph, sources?: Int32Array): PathCentralities {
  const { n, offsets, adj } = g;
  const bc = new Float64Array(n);
  const closeness = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  const exact = sources === undefined;
  const k = exact ? n : sources.length;

  for (let si = 0; si < k; si++) {
    const s = exact ? si : sources[si]!;
    dist[s] = 0;
    sigma[s] = 1;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let totalDist = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const dv = dist[v]!;
      totalDist += dv;
      const sv = sigma[v]!;
      for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) {
        const w = adj[i]!;
        let dw = dist[w]!;
        if (dw < 0) {
          dw = dv + 1;
          dist[w] = dw;
          queue[tail++] = w;
        }
        if (dw === dv + 1) sigma[w] = sigma[w]! + sv;
      }
    }
    if (exact && totalDist > 0 && n > 1) {
      const reached = tail - 1;
      closeness[s] = (reached / totalDist) * (reached / (n - 1));
    }
    for (let qi = tail - 1; qi > 0; qi--) {
      const w = queue[qi]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      const dPred = dist[w]! - 1;
      for (let i = offsets[w]!, end = offsets[w + 1]!; i < end; i++) {
        const v = adj[i]!;
        if (dist[v] === dPred) delta[v] = delta[v]! + sigma[v]! * coeff;
      }
      bc[w] = bc[w]! + delta[w]!;
    }
    for (let qi = 0; qi < tail; qi++) {
      const v = queue[qi]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }

  if (n > 2) {
    if (exact) {
      const scale = 1 / ((n - 1) * (n - 2));
      for (let v = 0; v < n; v++) bc[v] = bc[v]! * scale;
    } else {
      const isSource = new Uint8Array(n);
      for (const s of sources) isSource[s] = 1;
      const scaleSource = k > 1 ? 1 / ((k - 1) * (n - 2)) : Number.NaN;
      const scaleOther = 1 / (k * (n - 2));
      for (let v = 0; v < n; v++) bc[v] = bc[v]! * (isSource[v] ? scaleSource : scaleOther);
    }
  }
  return { betweenness: bc, closeness: exact ? closeness : null, sources: k, exact };
}

/** Exact normalised betweenness (Brandes 2001); see pathCentralities. */
export function betweenness(g: CompactGraph): Float64Array {
  return pathCentralities(g).betweenness;
}
