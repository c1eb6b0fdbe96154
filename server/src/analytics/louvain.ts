import { UndirectedGraph } from 'graphology';
import louvainModule, { type LouvainOptions } from 'graphology-communities-louvain';
import type { CompactGraph } from './graph.ts';

// graphology-communities-louvain is CommonJS (module.exports = fn); under NodeNext its typings'
// `export default` describes a `.default` property that only exists when bundled. Take either.
type LouvainFn = (graph: UndirectedGraph, options?: LouvainOptions) => Record<string, number>;
const louvainAlgorithm: LouvainFn =
  (louvainModule as unknown as { default?: LouvainFn }).default ?? (louvainModule as unknown as LouvainFn);

/** Mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Communities {
  /** communities as sorted id lists, largest first (ties broken by first id) */
  communities: string[][];
  /** index into `communities` of each node */
  community: Int32Array;
}

/**
 * Louvain communities, Blondel, Guillaume, Lambiotte & Lefebvre (2008), "Fast unfolding of
 * communities in large networks", unweighted, resolution 1, via graphology-communities-louvain
 * with a seeded random number generator so that a given seed gives the same partition every
 * run. (networkx's `louvain_communities` uses its own random order, so the partitions can
 * differ; compare their modularity, not the partition.) Isolates are singleton communities.
 */
export function louvain(g: CompactGraph, seed = 42): Communities {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (let v = 0; v < g.n; v++) graph.addNode(String(v));
  for (let e = 0; e < g.m; e++) graph.addEdge(String(g.edgeU[e]), String(g.edgeV[e]));
  const raw = g.m === 0 ? {} : louvainAlgorithm(graph, { rng: mulberry32(seed), resolution: 1, getEdgeWeight: null });
  const byLabel = new Map<number, number[]>();
  for (let v = 0; v < g.n; v++) {
    const label = raw[String(v)] ?? -1 - v;
    let list = byLabel.get(label);
    if (!list) byLabel.set(label, (list = []));
    list.push(v);
  }
  const groups = [...byLabel.values()].map((vs) => vs.map((v) => g.ids[v]!).sort());
  groups.sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  const community = new Int32Array(g.n);
  groups.forEach((ids, c) => {
    for (const id of ids) community[g.index.get(id)!] = c;
  });
  return { communities: groups, community };
}
