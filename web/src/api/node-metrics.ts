/** Per-organisation metrics from `networkMetrics`, for sizing nodes on the canvas by a chosen measure. */
import { operation } from './client.ts';
import type { NetworkFilter } from './network.ts';

/** The per-organisation measures a node can be sized by (conventions in docs/metrics.md). */
export const SIZE_METRICS = ['degree', 'betweenness', 'eigenvector', 'closeness', 'constraint', 'effectiveSize', 'clustering'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export function isSizeMetric(value: string | null): value is SizeMetric {
  return (SIZE_METRICS as readonly (string | null)[]).includes(value);
}

export interface NodeMetric {
  key: string;
  degree: number;
  betweenness: number;
  eigenvector: number | null;
  closeness: number;
  constraint: number | null;
  effectiveSize: number | null;
  clustering: number;
}

export const NODE_METRICS_QUERY = operation<{ networkMetrics: { asOf: string; nodes: NodeMetric[] } }, { filter?: NetworkFilter | null; asOf?: string | null }>(
  'NodeMetrics',
  `query NodeMetrics($filter: NetworkFilter, $asOf: Date) {
    networkMetrics(filter: $filter, asOf: $asOf) {
      asOf
      nodes { key degree betweenness eigenvector closeness constraint effectiveSize clustering }
    }
  }`,
);

/** One measure per organisation key; null values (isolates' constraint, unconverged eigenvector) count as 0. */
export function measureOf(nodes: NodeMetric[], metric: SizeMetric): Map<string, number> {
  return new Map(nodes.map((n) => [n.key, n[metric] ?? 0]));
}
