/**
 * Network metrics for evaluators, on any filtered subnetwork as of any date, and how they moved
 * between two dates. The figures come from the pure analytics module; results are cached per
 * (filter, asOf, grouping, data version), so a repeated view is instant and never stale.
 */
import { analyseNetwork, type Network, type NetworkAnalysis } from '../analytics/index.ts';
import type { Database } from '../db/database.ts';
import { todayIso } from '../domain/dates.ts';
import { ValidationError } from '../domain/errors.ts';
import { loadSubnetwork, type NetworkFilter, type Subnetwork } from './network.ts';

export const GROUPING_ATTRIBUTES = ['sector', 'area', 'kind'] as const;
export type GroupingAttribute = (typeof GROUPING_ATTRIBUTES)[number];

/** The analytics view of a subnetwork; an organisation in several areas is grouped by the first (sorted). */
export function toAnalyticsNetwork(sub: Subnetwork): Network {
  return {
    nodes: sub.nodes.map((n) => ({
      id: n.id,
      attributes: { sector: n.sectorId, area: [...n.areaIds].sort()[0] ?? null, kind: n.kind, themes: n.themeIds, name: n.name },
    })),
    edges: sub.edges.map((e) => ({ source: e.source, target: e.target, type: e.kind, since: e.since, until: e.until })),
  };
}

export async function dataVersion(db: Database): Promise<string> {
  const [row] = await db.read<{ version: string }>('change/latest');
  return row?.version ?? 'empty';
}

export interface MetricsResult {
  asOf: string;
  subnetwork: Subnetwork;
  analysis: NetworkAnalysis;
  dataVersion: string;
  cached: boolean;
}

const CACHE_LIMIT = 64;
const cache = new Map<string, Omit<MetricsResult, 'cached'>>();

function cacheKey(filter: NetworkFilter, asOf: string, by: string, version: string): string {
  const { areaId, sectorId, kind, themeId, bodyId } = filter;
  return JSON.stringify([areaId ?? null, sectorId ?? null, kind ?? null, themeId ?? null, bodyId ?? null, asOf, by, version]);
}

export async function networkMetrics(db: Database, filter: NetworkFilter, by: string = 'sector'): Promise<MetricsResult> {
  if (!(GROUPING_ATTRIBUTES as readonly string[]).includes(by)) {
    throw new ValidationError([{ path: ['by'], message: `must be one of ${GROUPING_ATTRIBUTES.join(', ')}` }]);
  }
  const asOf = filter.asOf ?? todayIso();
  const version = await dataVersion(db);
  const key = cacheKey(filter, asOf, by, version);
  const hit = cache.get(key);
  if (hit) {
    // Refresh its place so the least recently used entry is the one evicted.
    cache.delete(key);
    cache.set(key, hit);
    return { ...hit, cached: true };
  }
  const subnetwork = await loadSubnetwork(db, { ...filter, asOf });
  const analysis = analyseNetwork(toAnalyticsNetwork(subnetwork), { by });
  const result = { asOf, subnetwork, analysis, dataVersion: version };
  cache.set(key, result);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return { ...result, cached: false };
}

/** Whole-network figures that can be compared between two dates. */
export const COMPARED_METRICS = [
  'organisations',
  'ties',
  'density',
  'components',
  'averageClustering',
  'eiIndex',
  'crossSectorTieRatio',
  'assortativity',
  'modularity',
] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

export interface MetricChange {
  metric: ComparedMetric;
  from: number | null;
  to: number | null;
  change: number | null;
}

export interface NetworkComparison {
  from: MetricsResult;
  to: MetricsResult;
  appeared: Subnetwork['edges'];
  ended: Subnetwork['edges'];
  joined: string[];
  left: string[];
  metrics: MetricChange[];
}

/** What changed between two dates: ties that appeared and ended, organisations that joined and left, each metric's move. */
export async function compareNetworks(db: Database, filter: NetworkFilter, from: string, to: string, by = 'sector'): Promise<NetworkComparison> {
  if (from > to) throw new ValidationError([{ path: ['to'], message: 'must not be before `from`' }]);
  const [a, b] = [await networkMetrics(db, { ...filter, asOf: from }, by), await networkMetrics(db, { ...filter, asOf: to }, by)];
  const tieIds = (r: MetricsResult) => new Set(r.subnetwork.edges.map((e) => e.id));
  const orgIds = (r: MetricsResult) => new Set(r.subnetwork.nodes.map((n) => n.id));
  const [tiesA, tiesB, orgsA, orgsB] = [tieIds(a), tieIds(b), orgIds(a), orgIds(b)];
  return {
    from: a,
    to: b,
    appeared: b.subnetwork.edges.filter((e) => !tiesA.has(e.id)),
    ended: a.subnetwork.edges.filter((e) => !tiesB.has(e.id)),
    joined: [...orgsB].filter((id) => !orgsA.has(id)).sort(),
    left: [...orgsA].filter((id) => !orgsB.has(id)).sort(),
    metrics: COMPARED_METRICS.map((metric) => {
      const x = a.analysis[metric];
      const y = b.analysis[metric];
      return { metric, from: x, to: y, change: x === null || y === null ? null : y - x };
    }),
  };
}
