import type { CompactGraph } from './graph.ts';

export interface CutPoints {
  /** node indices whose removal disconnects their component (ascending) */
  articulationPoints: number[];
  /** ties whose removal disconnects their component, as [u, v] indices, u < v */
  bridges: [number, number][];
}

/**
 * Articulation points and bridges by depth-first search with low-points, Hopcroft & Tarjan
 * (1973), iterative (no recursion limit), as networkx `articulation_points` and `bridges` on
 * a simple graph. A DFS root is a cut point when it has two or more DFS children; another node
 * v when some child w has low(w) >= disc(v); the tree edge v-w is a bridge when low(w) > disc(v).
 */
export function cutPoints(g: CompactGraph): CutPoints {
  const { n, offsets, adj } = g;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n); // next adjacency position to explore
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    next[root] = offsets[root]!;
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = adj[next[v]!++]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          next[w] = offsets[w]!;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v] && disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
      } else {
        top--;
        const p = parent[v]!;
        if (p !== -1) {
          if (low[v]! < low[p]!) low[p] = low[v]!;
          if (p !== root && low[v]! >= disc[p]!) isCut[p] = 1;
          if (low[v]! > disc[p]!) bridges.push(p < v ? [p, v] : [v, p]);
        }
      }
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const articulationPoints: number[] = [];
  for (let v = 0; v < n; v++) if (isCut[v]) articulationPoints.push(v);
  return { articulationPoints, bridges };
}
