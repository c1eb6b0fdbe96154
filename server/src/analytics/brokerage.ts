import type { CompactGraph } from './graph.ts';

export interface BrokerageCounts {
  coordinator: number;
  itinerant: number;
  representative: number;
  gatekeeper: number;
  liaison: number;
}

export interface Brokerage {
  coordinator: Int32Array;
  itinerant: Int32Array;
  representative: Int32Array;
  gatekeeper: Int32Array;
  liaison: Int32Array;
}

/**
 * Gould & Fernandez (1989) brokerage roles, raw counts as R `sna::brokerage`, on the symmetric
 * digraph of the undirected network. For broker b, every ordered pair (a, c) of distinct
 * neighbours of b that are not tied to each other is one path a -> b -> c, classified by group:
 * coordinator (w_I: a, b, c same group), itinerant (w_O: a and c same, b different),
 * representative (b_IO: b with the source a, c different), gatekeeper (b_OI: b with the
 * destination c, a different), liaison (b_O: all three different). Each open triad a-b-c is
 * thus counted in both directions: twice as coordinator, itinerant or liaison, and once each as
 * representative and gatekeeper.
 */
export function brokerage(g: CompactGraph, group: Int32Array): Brokerage {
  const { n, offsets, adj } = g;
  const res: Brokerage = {
    coordinator: new Int32Array(n),
    itinerant: new Int32Array(n),
    representative: new Int32Array(n),
    gatekeeper: new Int32Array(n),
    liaison: new Int32Array(n),
  };
  const mark = new Int32Array(n).fill(-1);
  for (let b = 0; b < n; b++) {
    const start = offsets[b]!;
    const end = offsets[b + 1]!;
    if (end - start < 2) continue;
    const gb = group[b]!;
    let co = 0;
    let it = 0;
    let rep = 0;
    let gate = 0;
    let li = 0;
    for (let i = start; i < end; i++) {
      const a = adj[i]!;
      const ga = group[a]!;
      for (let j = offsets[a]!, e2 = offsets[a + 1]!; j < e2; j++) mark[adj[j]!] = a;
      for (let j = start; j < end; j++) {
        const c = adj[j]!;
        if (c === a || mark[c] === a) continue;
        const gc = group[c]!;
        if (ga === gc) {
          if (ga === gb) co++;
          else it++;
        } else if (ga === gb) rep++;
        else if (gb === gc) gate++;
        else li++;
      }
    }
    res.coordinator[b] = co;
    res.itinerant[b] = it;
    res.representative[b] = rep;
    res.gatekeeper[b] = gate;
    res.liaison[b] = li;
  }
  return res;
}
