import type { CompactGraph } from './graph.ts';

export interface Components {
  count: number;
  /** component number of each node, numbered in order of each component's first node */
  component: Int32Array;
}

/** Connected components by breadth-first search (as networkx `connected_components`). */
export function connectedComponents(g: CompactGraph): Components {
  const component = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  let count = 0;
  for (let s = 0; s < g.n; s++) {
    if (component[s] !== -1) continue;
    component[s] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      for (let i = g.offsets[v]!, end = g.offsets[v + 1]!; i < end; i++) {
        const w = g.adj[i]!;
        if (component[w] === -1) {
          component[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count++;
  }
  return { count, component };
}
