/**
 * Network analytics for evaluators: whole-network and per-organisation metrics computed over a
 * compact graph, each metric matching networkx's convention (see docs/metrics.md). Pure
 * TypeScript, no database: the CLI feeds it CSV files, the server a subgraph from Neo4j.
 */
import { assortativity } from './assortativity.ts';
import { pathCentralities } from './betweenness.ts';
import { brokerage, type BrokerageCounts } from './brokerage.ts';
import { closeness } from './closeness.ts';
import { averageClustering, clustering, triangles } from './clustering.ts';
import { connectedComponents } from './components.ts';
import { cutPoints } from './cut-points.ts';
import { degree, density } from './degree.ts';
import { eigenvector } from './eigenvector.ts';
import { buildCompactGraph, groupsBy, type CompactGraph, type Network } from './graph.ts';
import { louvain, mulberry32 } from './louvain.ts';
import { crossGroupTieRatio, eiIndex, mixingMatrix, type MixingMatrix } from './mixing.ts';
import { modularity } from './modularity.ts';
import { constraint, effectiveSize } from './structural-holes.ts';

export type { BrokerageCounts } from './brokerage.ts';
export type { MixingMatrix } from './mixing.ts';
export {
  buildCompactGraph,
  groupsBy,
  NetworkError,
  type AttributeValue,
  type CompactGraph,
  type Network,
  type NetworkEdge,
  type NetworkNode,
} from './graph.ts';
export { modularity } from './modularity.ts';
export { mulberry32 } from './louvain.ts';

export interface NodeMetrics {
  degree: number;
  betweenness: number;
  closeness: number;
  /** null only if the power iteration did not converge */
  eigenvector: number | null;
  clustering: number;
  /** null for an isolate */
  constraint: number | null;
  /** null for an isolate */
  effectiveSize: number | null;
  brokerage: BrokerageCounts;
  community: number;
}

export interface NetworkAnalysis {
  organisations: number;
  ties: number;
  density: number;
  components: number;
  eiIndex: number | null;
  crossSectorTieRatio: number | null;
  assortativity: number | null;
  averageClustering: number;
  articulationPoints: string[];
  bridges: [string, string][];
  communities: string[][];
  modularity: number | null;
  mixingMatrix: MixingMatrix;
  nodes: Record<string, NodeMetrics>;
  /** the attribute used for eiIndex, crossSectorTieRatio, assortativity, mixingMatrix, brokerage */
  by: string;
  /** Louvain seed */
  seed: number;
  eigenvectorConverged: boolean;
  /** exact unless the network is larger than `exactBetweennessMaxNodes` */
  betweennessMode: { exact: boolean; sources: number };
}

export interface AnalyseOptions {
  /** grouping attribute (default 'sector') */
  by?: string;
  /** Louvain seed (default 42); also seeds the betweenness sample */
  seed?: number;
  /** above this many organisations betweenness is estimated from a sample of sources
   * (default 50 000; exact at the 20 000 of the benchmark) */
  exactBetweennessMaxNodes?: number;
  /** sample size when estimating (default 2000) */
  betweennessSamples?: number;
}

export const DEFAULT_SEED = 42;
export const DEFAULT_EXACT_BETWEENNESS_MAX_NODES = 50_000;

function sampleSources(n: number, k: number, seed: number): Int32Array {
  const rng = mulberry32(seed ^ 0x5bd1e995);
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = all[i]!;
    all[i] = all[j]!;
    all[j] = t;
  }
  return all.slice(0, k).sort();
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every metric of docs/metrics.md over a network (plain data or an already built graph). */
export function analyseNetwork(input: Network | CompactGraph, options: AnalyseOptions = {}): NetworkAnalysis {
  const g = 'offsets' in input ? input : buildCompactGraph(input);
  const by = options.by ?? 'sector';
  const seed = options.seed ?? DEFAULT_SEED;
  const maxExact = options.exactBetweennessMaxNodes ?? DEFAULT_EXACT_BETWEENNESS_MAX_NODES;

  const groups = groupsBy(g, by);
  const deg = degree(g);
  const sampled = g.n > maxExact;
  const paths = sampled
    ? pathCentralities(g, sampleSources(g.n, Math.min(g.n, options.betweennessSamples ?? 2000), seed))
    : pathCentralities(g);
  const close = paths.closeness ?? closeness(g);
  const eig = eigenvector(g);
  const tri = triangles(g);
  const clust = clustering(g, tri);
  const cons = constraint(g);
  const esize = effectiveSize(g, tri);
  const broker = brokerage(g, groups.group);
  const comms = louvain(g, seed);
  const mix = mixingMatrix(g, groups);
  const cuts = cutPoints(g);

  const nodes: Record<string, NodeMetrics> = Object.create(null) as Record<string, NodeMetrics>;
  for (let v = 0; v < g.n; v++) {
    nodes[g.ids[v]!] = {
      degree: deg[v]!,
      betweenness: paths.betweenness[v]!,
      closeness: close[v]!,
      eigenvector: eig.converged ? eig.values[v]! : null,
      clustering: clust[v]!,
      constraint: cons[v]!,
      effectiveSize: esize[v]!,
      brokerage: {
        coordinator: broker.coordinator[v]!,
        itinerant: broker.itinerant[v]!,
        representative: broker.representative[v]!,
        gatekeeper: broker.gatekeeper[v]!,
        liaison: broker.liaison[v]!,
      },
      community: comms.community[v]!,
    };
  }

  return {
    organisations: g.n,
    ties: g.m,
    density: density(g),
    components: connectedComponents(g).count,
    eiIndex: eiIndex(g, groups.group),
    crossSectorTieRatio: crossGroupTieRatio(g, groups.group),
    assortativity: assortativity(mix),
    averageClustering: averageClustering(clust),
    articulationPoints: cuts.articulationPoints.map((v) => g.ids[v]!).sort(byString),
    bridges: cuts.bridges
      .map(([u, v]): [string, string] => {
        const a = g.ids[u]!;
        const b = g.ids[v]!;
        return a < b ? [a, b] : [b, a];
      })
      .sort((x, y) => byString(x[0], y[0]) || byString(x[1], y[1])),
    communities: comms.communities,
    modularity: modularity(g, comms.community),
    mixingMatrix: mix,
    nodes,
    by,
    seed,
    eigenvectorConverged: eig.converged,
    betweennessMode: { exact: paths.exact, sources: paths.sources },
  };
}
