/** The `network` query: organisations and ties for a filter, as of a date. */
import { operation } from './client.ts';

export interface NetworkFilter {
  areaId?: string | null;
  sectorId?: string | null;
  kind?: string | null;
  themeId?: string | null;
  bodyId?: string | null;
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

export interface Network {
  asOf: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkData {
  network: Network;
}

export interface NetworkVars {
  filter?: NetworkFilter | null;
  asOf?: string | null;
}

export const NETWORK_QUERY = operation<NetworkData, NetworkVars>(
  'Network',
  `query Network($filter: NetworkFilter, $asOf: Date) {
    network(filter: $filter, asOf: $asOf) {
      asOf
      nodes { id name nameCy kind sectorId areaIds themeIds }
      edges { id source target kind origin trust value since until }
    }
  }`,
);

/** Drops empty values so the request and the cache key only name real filters. */
export function cleanFilter(filter: NetworkFilter): NetworkFilter {
  const out: NetworkFilter = {};
  for (const [k, v] of Object.entries(filter) as [keyof NetworkFilter, string | null | undefined][]) {
    if (v) out[k] = v;
  }
  return out;
}
