import type { CompactGraph } from './graph.ts';
import { pathCentralities } from './betweenness.ts';

/**
 * Closeness centrality with the Wasserman & Faust (1994) correction for disconnected graphs,
 * as networkx `closeness_centrality(wf_improved=True)`: for a node reaching r other nodes at
 * total distance D, (r / D) * (r / (n - 1)); 0 for an isolate (D = 0). analyseNetwork takes it
 * from the breadth-first searches it already does for betweenness (Brandes 2001); this
 * function does the searches alone.
 */
export function closeness(g: CompactGraph): Float64Array {
  const { n, offsets, adj } = g;
  const out = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    dist[s] = 0;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let total = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const dv = dist[v]!;
      total += dv;
      for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) {
        const w = adj[i]!;
        if (dist[w]! < 0) {
          dist[w] = dv + 1;
          queue[tail++] = w;
        }
      }
    }
    if (total > 0 && n > 1) {
      const reached = tail - 1;
      out[s] = (reached / total) * (reached / (n - 1));
    }
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
  return out;
}

/** Closeness from the betweenness searches (same values; used to check the two agree). */
export function closenessViaBrandes(g: CompactGraph): Float64Array {
  return pathCentralities(g).closeness!;
}
