/** Evaluator metrics: `networkMetrics`, `compareNetworks`, `metricDefinitions` and `exportNetwork`. */
import { operation } from './client.ts';
import type { NetworkFilter } from './network.ts';

export type Grouping = 'sector' | 'area' | 'kind';
export const GROUPINGS: readonly Grouping[] = ['sector', 'area', 'kind'];

export interface BrokerageRoles {
  coordinator: number;
  itinerant: number;
  representative: number;
  gatekeeper: number;
  liaison: number;
}

export interface OrganisationMetrics {
  key: string;
  name: string;
  sectorKey: string | null;
  degree: number;
  betweenness: number;
  closeness: number;
  eigenvector: number | null;
  clustering: number;
  constraint: number | null;
  effectiveSize: number | null;
  brokerage: BrokerageRoles;
  community: number;
}

export interface MixingMatrix {
  values: string[];
  rows: { value: string; counts: number[] }[];
}

/** The whole-network figures, each a number (or null when it is not defined for this network). */
export interface WholeNetworkFigures {
  organisations: number;
  ties: number;
  density: number;
  components: number;
  averageClustering: number;
  eiIndex: number | null;
  crossSectorTieRatio: number | null;
  assortativity: number | null;
  modularity: number | null;
}

export interface NetworkMetrics extends WholeNetworkFigures {
  asOf: string;
  by: string;
  dataVersion: string;
  communities: { index: number }[];
  articulationPoints: string[];
  bridges: { a: string; b: string }[];
  betweennessExact: boolean;
  eigenvectorConverged: boolean;
  mixingMatrix: MixingMatrix;
  nodes: OrganisationMetrics[];
}

export interface MetricsVars {
  filter?: NetworkFilter | null;
  asOf?: string | null;
  by?: Grouping | null;
}

const WHOLE = 'organisations ties density components averageClustering eiIndex crossSectorTieRatio assortativity modularity';

export const NETWORK_METRICS_QUERY = operation<{ networkMetrics: NetworkMetrics }, MetricsVars>(
  'NetworkMetrics',
  `query NetworkMetrics($filter: NetworkFilter, $asOf: Date, $by: Grouping) {
    networkMetrics(filter: $filter, asOf: $asOf, by: $by) {
      asOf by dataVersion ${WHOLE}
      communities { index }
      articulationPoints
      bridges { a b }
      betweennessExact eigenvectorConverged
      mixingMatrix { values rows { value counts } }
      nodes {
        key name sectorKey degree betweenness closeness eigenvector clustering constraint effectiveSize community
        brokerage { coordinator itinerant representative gatekeeper liaison }
      }
    }
  }`,
);

/** Only the figures a trend chart needs: one request per date of the series. */
export const METRICS_POINT_QUERY = operation<{ networkMetrics: WholeNetworkFigures & { asOf: string } }, MetricsVars>(
  'NetworkMetricsPoint',
  `query NetworkMetricsPoint($filter: NetworkFilter, $asOf: Date, $by: Grouping) {
    networkMetrics(filter: $filter, asOf: $asOf, by: $by) { asOf ${WHOLE} }
  }`,
);

/** The first date a tie of this network began: where a trend series starts. */
export const NETWORK_SPAN_QUERY = operation<{ network: { asOf: string; edges: { since: string | null }[] } }, { filter?: NetworkFilter | null; asOf?: string | null }>(
  'NetworkSpan',
  `query NetworkSpan($filter: NetworkFilter, $asOf: Date) {
    network(filter: $filter, asOf: $asOf) { asOf edges { since } }
  }`,
);

export type ComparedMetric = keyof WholeNetworkFigures;

export interface NetworkComparison {
  appeared: { id: string }[];
  ended: { id: string }[];
  joined: string[];
  left: string[];
  metrics: { metric: ComparedMetric; from: number | null; to: number | null; change: number | null }[];
}

export const COMPARE_NETWORKS_QUERY = operation<{ compareNetworks: NetworkComparison }, { filter?: NetworkFilter | null; from: string; to: string; by?: Grouping | null }>(
  'CompareNetworks',
  `query CompareNetworks($filter: NetworkFilter, $from: Date!, $to: Date!, $by: Grouping) {
    compareNetworks(filter: $filter, from: $from, to: $to, by: $by) {
      appeared { id }
      ended { id }
      joined
      left
      metrics { metric from to change }
    }
  }`,
);

export interface MetricDefinition {
  metric: string;
  en: string;
  cy: string;
  reference: string;
}

export const METRIC_DEFINITIONS_QUERY = operation<{ metricDefinitions: MetricDefinition[] }>(
  'MetricDefinitions',
  `query MetricDefinitions { metricDefinitions { metric en cy reference } }`,
);

export type ExportFormat = 'GEXF' | 'GRAPHML' | 'JSON' | 'CSV_NODES' | 'CSV_EDGES' | 'CSV_PEOPLE';

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

export const EXPORT_NETWORK_QUERY = operation<{ exportNetwork: ExportFile }, { filter?: NetworkFilter | null; asOf?: string | null; format: ExportFormat; anonymise: boolean }>(
  'ExportNetwork',
  `query ExportNetwork($filter: NetworkFilter, $asOf: Date, $format: ExportFormat!, $anonymise: Boolean) {
    exportNetwork(filter: $filter, asOf: $asOf, format: $format, anonymise: $anonymise) { filename mimeType content }
  }`,
);
