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
 * All working state is typed arrays allocated once. The forward search records each node's
 * successors on shortest paths contiguously (in BFS order), so the accumulation reads only
 * DAG edges, sequentially, and needs one division per node; the inner loops allocate nothing.
 */
export function pathCentralities(g: CompactGraph, sources?: Int32Array): PathCentralities {
  // run on a copy renumbered in breadth-first order (neighbours get nearby numbers: far fewer
  // cache misses on large graphs), then map the results back
  const { order, offsets, adj } = renumberBfs(g);
  const n = g.n;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]!] = i;
  const r = pathCentralitiesCsr(n, offsets, adj, sources === undefined ? undefined : sources.map((s) => rank[s]!));
  const back = (a: Float64Array): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[order[i]!] = a[i]!;
    return out;
  };
  return { ...r, betweenness: back(r.betweenness), closeness: r.closeness && back(r.closeness) };
}

/** Breadth-first order of all nodes (component by component) and the CSR renumbered by it. */
function renumberBfs(g: CompactGraph): { order: Int32Array; offsets: Int32Array; adj: Int32Array } {
  const { n } = g;
  const order = new Int32Array(n);
  const rank = new Int32Array(n).fill(-1);
  let tail = 0;
  for (let s = 0; s < n; s++) {
    if (rank[s] !== -1) continue;
    rank[s] = tail;
    order[tail++] = s;
    for (let head = tail - 1; head < tail; head++) {
      const v = order[head]!;
      for (let i = g.offsets[v]!, end = g.offsets[v + 1]!; i < end; i++) {
        const w = g.adj[i]!;
        if (rank[w] === -1) {
          rank[w] = tail;
          order[tail++] = w;
        }
      }
    }
  }
  const offsets = new Int32Array(n + 1);
  const adj = new Int32Array(g.adj.length);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    const start = offsets[i]!;
    let p = start;
    for (let j = g.offsets[v]!, end = g.offsets[v + 1]!; j < end; j++) adj[p++] = rank[g.adj[j]!]!;
    adj.subarray(start, p).sort();
    offsets[i + 1] = p;
  }
  return { order, offsets, adj };
}

function pathCentralitiesCsr(n: number, offsets: Int32Array, adj: Int32Array, sources: Int32Array | undefined): PathCentralities {
  const bc = new Float64Array(n);
  const closeness = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const queue = new Int32Array(n);
  const exact = sources === undefined;
  const k = exact ? n : sources.length;

  // successors of the node at queue position p: succ[succStart[p] .. succStart[p + 1])
  const succ = new Int32Array(Math.max(1, offsets[n]!));
  const succStart = new Int32Array(n + 1);
  // coeff[w] = (1 + delta[w]) / sigma[w], set once w's dependency is final
  const coeff = new Float64Array(n);

  for (let si = 0; si < k; si++) {
    const s = exact ? si : sources[si]!;
    dist[s] = 0;
    sigma[s] = 1;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let ptr = 0;
    let totalDist = 0;
    while (head < tail) {
      succStart[head] = ptr;
      const v = queue[head++]!;
      const dv = dist[v]!;
      const dNext = dv + 1;
      totalDist += dv;
      const sv = sigma[v]!;
      for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) {
        const w = adj[i]!;
        let dw = dist[w]!;
        if (dw < 0) {
          dw = dNext;
          dist[w] = dw;
          queue[tail++] = w;
        }
        if (dw === dNext) {
          sigma[w] = sigma[w]! + sv;
          succ[ptr++] = w;
        }
      }
    }
    succStart[tail] = ptr;
    if (exact && totalDist > 0 && n > 1) {
      const reached = tail - 1;
      closeness[s] = (reached / totalDist) * (reached / (n - 1));
    }
    // dependencies in reverse BFS order, pulled from the successors (Brandes 2001, eq. 6)
    for (let p = tail - 1; p > 0; p--) {
      const v = queue[p]!;
      let sum = 0;
      for (let j = succStart[p]!, end = succStart[p + 1]!; j < end; j++) sum += coeff[succ[j]!]!;
      const sv = sigma[v]!;
      const dep = sv * sum;
      coeff[v] = (1 + dep) / sv;
      bc[v] = bc[v]! + dep;
    }
    for (let p = 0; p < tail; p++) {
      const v = queue[p]!;
      dist[v] = -1;
      sigma[v] = 0;
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
