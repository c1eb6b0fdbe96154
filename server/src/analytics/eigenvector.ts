import type { CompactGraph } from './graph.ts';

export interface EigenvectorResult {
  values: Float64Array;
  converged: boolean;
  iterations: number;
}

/**
 * Eigenvector centrality (Bonacich 1972) by networkx's power iteration, replicated step by
 * step: start from the uniform vector 1/n, iterate x <- (A + I) x, scale to unit Euclidean
 * norm, stop when the L1 change is below n * tol (networkx `eigenvector_centrality`, defaults
 * here max_iter 1000, tol 1e-6). Adding I keeps bipartite graphs from oscillating. On a
 * disconnected graph this converges towards the component with the largest eigenvalue, the
 * others decaying but not reaching 0 by the stopping rule; the values are networkx's, not
 * "the" eigenvector (which is then not unique). If it does not converge, `converged` is false.
 */
export function eigenvector(g: CompactGraph, maxIter = 1000, tol = 1e-6): EigenvectorResult {
  const { n, offsets, adj } = g;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 1; iter <= maxIter; iter++) {
    // gather form of networkx's scatter loop; neighbours ascend, so additions happen in the
    // same order as networkx's (node order), giving the same floating-point sums
    let sq = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v]!;
      for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) s += x[adj[i]!]!;
      next[v] = s;
    }
    let scale = 0;
    for (let v = 0; v < n; v++) scale = Math.max(scale, Math.abs(next[v]!));
    if (scale > 0) {
      for (let v = 0; v < n; v++) {
        const r = next[v]! / scale;
        sq += r * r;
      }
    }
    const norm = scale * Math.sqrt(sq) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      const y = next[v]! / norm;
      change += Math.abs(y - x[v]!);
      next[v] = y;
    }
    [x, next] = [next, x];
    if (change < n * tol) return { values: x, converged: true, iterations: iter };
  }
  return { values: x, converged: false, iterations: maxIter };
}
