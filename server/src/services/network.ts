/** Reads a filtered subnetwork (organisations and the ties among them) as of a date. */
import type { Database } from '../db/database.ts';
import { int } from '../db/values.ts';
import { asOfDate } from '../domain/dates.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';

export interface NetworkFilter {
  areaId?: string | null;
  sectorId?: string | null;
  kind?: string | null;
  themeId?: string | null;
  bodyId?: string | null;
  /** ISO date; default today */
  asOf?: string | null;
}

export interface NetworkNode {
  id: string;
  name: string;
  nameCy: string | null;
  kind: string;
  sectorId: string | null;
  areaIds: string[];
  themeIds: string[];
  /** hops from the centre, in an ego network */
  distance?: number | null;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  origin: string;
  trust: number | null;
  value: number | null;
  since: string | null;
  until: string | null;
}

/** a tie as network/subgraph returns it: [id, target, kind, origin, trust, value, since, until] */
type OutgoingTie = [string | null, string, string, string, number | null, number | null, string | null, string | null];

export interface Subnetwork {
  asOf: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export async function loadSubnetwork(db: Database, filter: NetworkFilter): Promise<Subnetwork> {
  const asOf = asOfDate(filter.asOf);
  const [row] = await db.read<{ nodes: NetworkNode[]; edgeLists: OutgoingTie[][] }>('network/subgraph', {
    asOf,
    areaId: filter.areaId ?? null,
    sectorId: filter.sectorId ?? null,
    kind: filter.kind ?? null,
    themeId: filter.themeId ?? null,
    bodyId: filter.bodyId ?? null,
  });
  const nodes = row?.nodes ?? [];
  const inSet = new Set(nodes.map((n) => n.id));
  const edges: NetworkEdge[] = [];
  // edgeLists[i] holds the ties leaving nodes[i] (both ordered by organisation id)
  (row?.edgeLists ?? []).forEach((outgoing, i) => {
    const source = nodes[i]!.id;
    for (const [id, target, kind, origin, trust, value, since, until] of outgoing) {
      if (id !== null && inSet.has(target)) edges.push({ id, source, target, kind, origin, trust, value, since, until });
    }
  });
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { asOf: asOf.toString(), nodes, edges };
}

/**
 * An organisation's ego network to depth 1-3 as of a date: breadth-first over active ties (one
 * round trip per layer), then the organisations found and every active tie among them.
 */
export async function loadEgoNetwork(db: Database, key: string, depth: number, asOf?: string | null): Promise<Subnetwork> {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) {
    throw new ValidationError([{ path: ['depth'], message: 'must be 1, 2 or 3' }]);
  }
  const date = asOfDate(asOf);
  const distance = new Map<string, number>([[key, 0]]);
  let frontier = [key];
  for (let hop = 1; hop <= depth && frontier.length; hop++) {
    const rows = await db.read<{ key: string }>('network/neighbours', { keys: frontier, asOf: date });
    frontier = rows.map((r) => r.key).filter((k) => !distance.has(k));
    for (const k of frontier) distance.set(k, hop);
  }
  const [row] = await db.read<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>('network/induced', { keys: [...distance.keys()], asOf: date });
  if (!row?.nodes.some((n) => n.id === key)) throw new NotFoundError('Organisation', key);
  return {
    asOf: date.toString(),
    nodes: row.nodes.map((n) => ({ ...n, distance: distance.get(n.id) ?? null })),
    edges: row.edges,
  };
}

export interface PathStep {
  label: string;
  key: string;
  name: string | null;
  role: string | null;
}
export interface PathLink {
  type: string;
  key: string | null;
  kind: string | null;
  trust: number | null;
}
export interface ConnectionPath {
  steps: PathStep[];
  links: PathLink[];
}

/** How two organisations are connected: the shortest chains through ties, shared seats and memberships. */
export async function connectionPaths(db: Database, from: string, to: string, asOf?: string | null, limit = 5): Promise<ConnectionPath[]> {
  if (from === to) throw new ValidationError([{ path: ['to'], message: 'must differ from `from`' }]);
  return db.read<ConnectionPath>('network/connection-paths', { from, to, asOf: asOfDate(asOf), limit: int(limit) });
}
