/** Reads a filtered subnetwork (organisations and the ties among them) as of a date. */
import type { Database } from '../db/database.ts';
import { asOfDate } from '../domain/dates.ts';

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

export interface Subnetwork {
  asOf: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export async function loadSubnetwork(db: Database, filter: NetworkFilter): Promise<Subnetwork> {
  const asOf = asOfDate(filter.asOf);
  const [row] = await db.read<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>('network/subgraph', {
    asOf,
    areaId: filter.areaId ?? null,
    sectorId: filter.sectorId ?? null,
    kind: filter.kind ?? null,
    themeId: filter.themeId ?? null,
    bodyId: filter.bodyId ?? null,
  });
  return { asOf: asOf.toString(), nodes: row?.nodes ?? [], edges: row?.edges ?? [] };
}
