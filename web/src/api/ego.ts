/** Ego networks and connection paths. */
import { operation } from './client.ts';
import type { Network, NetworkNode } from './network.ts';

export interface EgoNode extends NetworkNode {
  /** hops from the centre */
  distance: number | null;
}

export interface EgoNetworkData {
  egoNetwork: Omit<Network, 'nodes'> & { nodes: EgoNode[] };
}

export const EGO_NETWORK_QUERY = operation<EgoNetworkData, { key: string; depth: number; asOf?: string | null }>(
  'EgoNetwork',
  `query EgoNetwork($key: String!, $depth: Int, $asOf: Date) {
    egoNetwork(key: $key, depth: $depth, asOf: $asOf) {
      asOf
      nodes { id name nameCy kind sectorId areaIds themeIds distance }
      edges { id source target kind origin trust value since until }
    }
  }`,
);

export interface PathStep {
  key: string;
  /** Organisation, Person, Seat or Body */
  label: string;
  name: string | null;
  role: string | null;
}

export interface PathLink {
  /** TIE, WORKS_FOR, HOLDS, ON or MEMBER_OF */
  type: string;
  kind: string | null;
  key: string | null;
  trust: number | null;
}

export interface ConnectionPath {
  length: number;
  steps: PathStep[];
  links: PathLink[];
}

export const CONNECTION_PATHS_QUERY = operation<{ connectionPaths: ConnectionPath[] }, { from: string; to: string; asOf?: string | null; limit?: number }>(
  'ConnectionPaths',
  `query ConnectionPaths($from: String!, $to: String!, $asOf: Date, $limit: Int) {
    connectionPaths(from: $from, to: $to, asOf: $asOf, limit: $limit) {
      length
      steps { key label name role }
      links { type kind key trust }
    }
  }`,
);
