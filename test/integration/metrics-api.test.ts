import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../server/src/analytics/index.ts';
import type { Database } from '../../server/src/db/database.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';
import { smallNetwork } from '../support/small-network.ts';

let db: Database;
let gql: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = testDatabase();
  gql = graphqlClient(db);
  await resetGraph(db);
  await loadDataset(db, smallNetwork(), { actor: 'test' });
});
afterAll(async () => db.close());

const METRICS = `query($filter: NetworkFilter, $asOf: Date, $by: Grouping) {
  networkMetrics(filter: $filter, asOf: $asOf, by: $by) {
    cached organisations ties density components eiIndex crossSectorTieRatio averageClustering modularity
    articulationPoints bridges { a b } mixingMatrix { values rows { value counts } }
    nodes { key degree betweenness closeness constraint effectiveSize brokerage { liaison representative gatekeeper } }
  }
}`;

/** The same network built by hand from the fixture, as of today (tie-3 has ended). */
function expectedAnalysis() {
  const data = smallNetwork();
  return analyseNetwork({
    nodes: data.organisations.map((o) => ({ id: o.id, attributes: { sector: o.sectorId, area: o.areaIds[0] ?? null, kind: o.kind } })),
    edges: data.ties.filter((t) => !t.until).map((t) => ({ source: t.sourceId, target: t.targetId })),
  });
}

describe('network metrics in the API', () => {
  it('matches the analytics module on the same network', async () => {
    const result = await gql(METRICS);
    expect(result.errors).toBeUndefined();
    const m = result.data!.networkMetrics;
    const expected = expectedAnalysis();
    expect(m.organisations).toBe(6);
    expect(m.ties).toBe(4);
    expect(m.density).toBeCloseTo(expected.density, 12);
    expect(m.eiIndex).toBeCloseTo(expected.eiIndex!, 12);
    expect(m.crossSectorTieRatio).toBeCloseTo(expected.crossSectorTieRatio!, 12);
    expect(m.articulationPoints).toEqual(expected.articulationPoints);
    expect(m.components).toBe(2); // Cardiff Community Housing is isolated once its tie ended
    const c3sc = m.nodes.find((n: any) => n.key === 'org-c3sc');
    expect(c3sc.betweenness).toBeCloseTo(expected.nodes['org-c3sc']!.betweenness, 12);
    expect(c3sc.constraint).toBeCloseTo(expected.nodes['org-c3sc']!.constraint!, 12);
    const housing = m.nodes.find((n: any) => n.key === 'org-cardiff-housing');
    expect(housing).toMatchObject({ degree: 0, constraint: null, effectiveSize: null });
    const third = m.mixingMatrix.values.indexOf('sector-third');
    expect(m.mixingMatrix.rows[third].counts[third]).toBe(1); // C3SC - GAVO
  });

  it('caches per filter, date and data version, and recomputes after a write', async () => {
    const first = await gql(METRICS, { filter: { areaId: 'area-cardiff' } });
    const again = await gql(METRICS, { filter: { areaId: 'area-cardiff' } });
    expect(again.data!.networkMetrics.cached).toBe(true);
    expect(again.data!.networkMetrics.ties).toBe(first.data!.networkMetrics.ties);
    const recorded = await gql(`mutation { recordTie(input: { sourceKey: "org-cav-uhb", targetKey: "org-museum-cardiff", kind: joint_delivery, since: "2024-01-01", trust: 3 }) { __typename } }`);
    expect(recorded.data!.recordTie.__typename).toBe('MutationRecordTieSuccess');
    const after = await gql(METRICS, { filter: { areaId: 'area-cardiff' } });
    expect(after.data!.networkMetrics.cached).toBe(false);
    expect(after.data!.networkMetrics.ties).toBe(first.data!.networkMetrics.ties + 1);
  });

  it('compares two dates: ties that appeared and ended, and how each metric moved', async () => {
    const result = await gql(`{
      compareNetworks(filter: { areaId: "area-cardiff" }, from: "2021-01-01", to: "2025-01-01") {
        appeared { source target } ended { id } joined left
        metrics { metric from to change }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const c = result.data!.compareNetworks;
    expect(c.ended.map((e: any) => e.id)).toEqual(['tie-3']);
    expect(c.appeared).toEqual([{ source: 'org-cav-uhb', target: 'org-museum-cardiff' }]);
    const ties = c.metrics.find((m: any) => m.metric === 'ties');
    expect(ties).toEqual({ metric: 'ties', from: 3, to: 3, change: 0 });
    const components = c.metrics.find((m: any) => m.metric === 'components');
    expect(components.change).toBe(1);
  });

  it('refuses a date range that runs backwards', async () => {
    const result = await gql(`{ compareNetworks(from: "2025-01-01", to: "2021-01-01") { joined } }`);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
