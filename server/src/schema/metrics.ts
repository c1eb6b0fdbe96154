/** Evaluator metrics for any filtered subnetwork as of a date, and comparisons between two dates. */
import type { BrokerageCounts, NetworkAnalysis, NodeMetrics } from '../analytics/index.ts';
import { isoDate } from '../domain/dates.ts';
import { METRIC_DEFINITIONS, type MetricDefinition } from '../domain/metric-definitions.ts';
import { compareNetworks, COMPARED_METRICS, networkMetrics, type MetricChange, type MetricsResult, type NetworkComparison } from '../services/metrics.ts';
import type { NetworkNode } from '../services/network.ts';
import { builder } from './builder.ts';
import { NetworkEdgeRef, NetworkFilterInput } from './network.ts';

const GroupingEnum = builder.enumType('Grouping', {
  description: 'The attribute that groups organisations for E-I index, mixing, assortativity and brokerage',
  values: ['sector', 'area', 'kind'] as const,
});

const BrokerageRef = builder.objectRef<BrokerageCounts>('BrokerageRoles').implement({
  description: 'Gould & Fernandez (1989) role counts on the symmetric digraph, as R sna::brokerage raw counts',
  fields: (t) => ({
    coordinator: t.exposeInt('coordinator'),
    itinerant: t.exposeInt('itinerant'),
    representative: t.exposeInt('representative'),
    gatekeeper: t.exposeInt('gatekeeper'),
    liaison: t.exposeInt('liaison'),
  }),
});

type OrgMetrics = NodeMetrics & { node: NetworkNode };

const OrganisationMetricsRef = builder.objectRef<OrgMetrics>('OrganisationMetrics').implement({
  fields: (t) => ({
    key: t.string({ resolve: (m) => m.node.id }),
    name: t.string({ resolve: (m) => m.node.name }),
    sectorKey: t.string({ nullable: true, resolve: (m) => m.node.sectorId }),
    degree: t.exposeInt('degree'),
    betweenness: t.exposeFloat('betweenness'),
    closeness: t.exposeFloat('closeness'),
    eigenvector: t.exposeFloat('eigenvector', { nullable: true }),
    clustering: t.exposeFloat('clustering'),
    constraint: t.exposeFloat('constraint', { nullable: true, description: 'null for an isolate' }),
    effectiveSize: t.exposeFloat('effectiveSize', { nullable: true, description: 'null for an isolate' }),
    brokerage: t.field({ type: BrokerageRef, resolve: (m) => m.brokerage }),
    community: t.exposeInt('community'),
  }),
});

const MixingRowRef = builder.objectRef<{ value: string; counts: number[] }>('MixingRow').implement({
  fields: (t) => ({ value: t.exposeString('value'), counts: t.exposeIntList('counts') }),
});

const MixingRef = builder.objectRef<NetworkAnalysis['mixingMatrix']>('MixingMatrix').implement({
  description: 'Ties by the groups of their two ends: rows[i].counts[j] ties join values[i] and values[j] (symmetric; the diagonal counts ties within a group once)',
  fields: (t) => ({
    values: t.exposeStringList('values'),
    rows: t.field({ type: [MixingRowRef], resolve: (m) => m.values.map((value, i) => ({ value, counts: m.counts[i]! })) }),
  }),
});

const CommunityRef = builder.objectRef<{ index: number; members: string[] }>('Community').implement({
  fields: (t) => ({ index: t.exposeInt('index'), members: t.exposeStringList('members') }),
});

const BridgeRef = builder.objectRef<[string, string]>('Bridge').implement({
  fields: (t) => ({ a: t.string({ resolve: (b) => b[0] }), b: t.string({ resolve: (b) => b[1] }) }),
});

const DefinitionRef = builder.objectRef<MetricDefinition>('MetricDefinition').implement({
  fields: (t) => ({
    metric: t.exposeString('metric'),
    en: t.exposeString('en'),
    cy: t.exposeString('cy'),
    reference: t.exposeString('reference'),
  }),
});

const NetworkMetricsRef = builder.objectRef<MetricsResult>('NetworkMetrics').implement({
  description: 'Whole-network and per-organisation metrics (conventions in docs/metrics.md)',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date' }),
    by: t.string({ resolve: (r) => r.analysis.by }),
    dataVersion: t.exposeString('dataVersion', { description: 'The data these figures were computed from' }),
    cached: t.exposeBoolean('cached'),
    organisations: t.int({ resolve: (r) => r.analysis.organisations }),
    ties: t.int({ resolve: (r) => r.analysis.ties }),
    density: t.float({ resolve: (r) => r.analysis.density }),
    components: t.int({ resolve: (r) => r.analysis.components }),
    averageClustering: t.float({ resolve: (r) => r.analysis.averageClustering }),
    eiIndex: t.float({ nullable: true, resolve: (r) => r.analysis.eiIndex }),
    crossSectorTieRatio: t.float({ nullable: true, description: 'Share of ties across groups of `by`', resolve: (r) => r.analysis.crossSectorTieRatio }),
    assortativity: t.float({ nullable: true, resolve: (r) => r.analysis.assortativity }),
    modularity: t.float({ nullable: true, resolve: (r) => r.analysis.modularity }),
    communities: t.field({ type: [CommunityRef], resolve: (r) => r.analysis.communities.map((members, index) => ({ index, members })) }),
    articulationPoints: t.stringList({ resolve: (r) => r.analysis.articulationPoints }),
    bridges: t.field({ type: [BridgeRef], resolve: (r) => r.analysis.bridges }),
    mixingMatrix: t.field({ type: MixingRef, resolve: (r) => r.analysis.mixingMatrix }),
    betweennessExact: t.boolean({ resolve: (r) => r.analysis.betweennessMode.exact }),
    eigenvectorConverged: t.boolean({ resolve: (r) => r.analysis.eigenvectorConverged }),
    nodes: t.field({
      type: [OrganisationMetricsRef],
      resolve: (r) => r.subnetwork.nodes.map((node) => ({ ...r.analysis.nodes[node.id]!, node })),
    }),
  }),
});

const ComparedMetricEnum = builder.enumType('ComparedMetric', { values: COMPARED_METRICS });

const MetricChangeRef = builder.objectRef<MetricChange>('MetricChange').implement({
  fields: (t) => ({
    metric: t.field({ type: ComparedMetricEnum, resolve: (c) => c.metric }),
    from: t.exposeFloat('from', { nullable: true }),
    to: t.exposeFloat('to', { nullable: true }),
    change: t.exposeFloat('change', { nullable: true }),
  }),
});

const ComparisonRef = builder.objectRef<NetworkComparison>('NetworkComparison').implement({
  description: 'How a network moved between two dates',
  fields: (t) => ({
    from: t.field({ type: NetworkMetricsRef, resolve: (c) => c.from }),
    to: t.field({ type: NetworkMetricsRef, resolve: (c) => c.to }),
    appeared: t.field({ type: [NetworkEdgeRef], description: 'Ties active at `to` but not at `from`', resolve: (c) => c.appeared }),
    ended: t.field({ type: [NetworkEdgeRef], description: 'Ties active at `from` but not at `to`', resolve: (c) => c.ended }),
    joined: t.exposeStringList('joined'),
    left: t.exposeStringList('left'),
    metrics: t.field({ type: [MetricChangeRef], resolve: (c) => c.metrics }),
  }),
});

builder.queryFields((t) => ({
  networkMetrics: t.field({
    type: NetworkMetricsRef,
    description: 'Metrics for the filtered network as of a date (default today), grouped by sector unless `by` says otherwise',
    args: {
      filter: t.arg({ type: NetworkFilterInput, required: false }),
      asOf: t.arg({ type: 'Date', required: false }),
      by: t.arg({ type: GroupingEnum, required: false }),
    },
    resolve: (_root, args, ctx) => networkMetrics(ctx.db, { ...(args.filter ?? {}), asOf: isoDate(args.asOf) }, args.by ?? 'sector'),
  }),
  compareNetworks: t.field({
    type: ComparisonRef,
    description: 'Which ties appeared and ended between two dates, and how each metric moved',
    args: {
      filter: t.arg({ type: NetworkFilterInput, required: false }),
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
      by: t.arg({ type: GroupingEnum, required: false }),
    },
    resolve: (_root, args, ctx) => compareNetworks(ctx.db, args.filter ?? {}, isoDate(args.from)!, isoDate(args.to)!, args.by ?? 'sector'),
  }),
  metricDefinitions: t.field({
    type: [DefinitionRef],
    description: 'What each metric means, in English and Welsh, with its reference',
    resolve: () => METRIC_DEFINITIONS,
  }),
}));
