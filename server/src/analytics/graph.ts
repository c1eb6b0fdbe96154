/**
 * The network as plain data (what the CSV reader and the Neo4j loader produce) and the compact
 * form every metric runs over: nodes numbered 0..n-1 in input order, undirected adjacency in CSR
 * form (each list sorted by node index), each tie stored once in `edgeU`/`edgeV`.
 */

/** An attribute value: a string, a list of strings (multi-valued, e.g. themes) or absent. */
export type AttributeValue = string | string[] | null | undefined;

export interface NetworkNode {
  id: string;
  attributes: Record<string, AttributeValue>;
}

export interface NetworkEdge {
  source: string;
  target: string;
  type?: string | null;
  weight?: number | null;
  since?: string | null;
  until?: string | null;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface CompactGraph {
  /** number of nodes */
  n: number;
  /** number of distinct undirected ties */
  m: number;
  ids: string[];
  index: Map<string, number>;
  attributes: Record<string, AttributeValue>[];
  /** CSR: neighbours of v are adj[offsets[v] .. offsets[v+1]), ascending */
  offsets: Int32Array;
  adj: Int32Array;
  /** each tie once, edgeU[e] < edgeV[e], in first-seen order */
  edgeU: Int32Array;
  edgeV: Int32Array;
}

export class NetworkError extends Error {
  override name = 'NetworkError';
}

/**
 * Build the compact graph. Duplicate ties (same pair, either direction) collapse into one;
 * a tie naming an unknown organisation, a self-loop or a duplicate node id throws NetworkError.
 */
export function buildCompactGraph(network: Network): CompactGraph {
  const n = network.nodes.length;
  const ids: string[] = new Array<string>(n);
  const attributes: Record<string, AttributeValue>[] = new Array<Record<string, AttributeValue>>(n);
  const index = new Map<string, number>();
  network.nodes.forEach((node, i) => {
    if (index.has(node.id)) throw new NetworkError(`duplicate organisation id '${node.id}'`);
    index.set(node.id, i);
    ids[i] = node.id;
    attributes[i] = node.attributes;
  });

  const seen = new Set<number>();
  const us: number[] = [];
  const vs: number[] = [];
  const degree = new Int32Array(n);
  for (const edge of network.edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a === undefined) throw new NetworkError(`tie names unknown organisation '${edge.source}'`);
    if (b === undefined) throw new NetworkError(`tie names unknown organisation '${edge.target}'`);
    if (a === b) throw new NetworkError(`self-loop on '${edge.source}'`);
    const u = a < b ? a : b;
    const v = a < b ? b : a;
    const key = u * n + v; // exact up to n ~ 9.4e7
    if (seen.has(key)) continue;
    seen.add(key);
    us.push(u);
    vs.push(v);
    degree[u]!++;
    degree[v]!++;
  }
  const m = us.length;
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
  const fill = offsets.slice(0, n);
  const adj = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const u = us[e]!;
    const v = vs[e]!;
    adj[fill[u]!++] = v;
    adj[fill[v]!++] = u;
  }
  for (let v = 0; v < n; v++) adj.subarray(offsets[v]!, offsets[v + 1]!).sort();
  return { n, m, ids, index, attributes, offsets, adj, edgeU: Int32Array.from(us), edgeV: Int32Array.from(vs) };
}

/** Nodes' values of one attribute as group numbers. Missing values form the group ''; a
 * multi-valued attribute is taken as its values joined by ';' (one group per combination). */
export interface Groups {
  /** distinct values, sorted */
  values: string[];
  /** group[v] = index into values */
  group: Int32Array;
}

export function attributeValue(value: AttributeValue): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(';') : value;
}

export function groupsBy(g: CompactGraph, attribute: string): Groups {
  const raw = g.attributes.map((a) => attributeValue(a[attribute]));
  const values = [...new Set(raw)].sort();
  const pos = new Map(values.map((v, i) => [v, i] as const));
  const group = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) group[v] = pos.get(raw[v]!)!;
  return { values, group };
}
