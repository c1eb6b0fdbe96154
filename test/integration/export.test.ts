/** Exports against a real Neo4j: GEXF parses in graphology, CSV re-imports, anonymised has no personal data. */
import { createRequire } from 'node:module';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { EXPORT_FORMATS, exportNetwork } from '../../server/src/exports/index.ts';
import { importFiles } from '../../server/src/imports/service.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { networkMetrics } from '../../server/src/services/metrics.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';
import { smallNetwork } from '../support/small-network.ts';
import { referenceOnly } from '../fixtures/import/reference.ts';

// graphology is a dependency of the server package; load the same copy the server uses
const Graph = createRequire(new URL('../../server/package.json', import.meta.url))('graphology') as Parameters<typeof parseGexf>[0];

const db: Database = testDatabase();
const AS_OF = '2021-01-01';

async function counts(): Promise<Record<string, number>> {
  const [row] = await db.read<Record<string, number>>('stats/counts');
  return row!;
}

beforeAll(async () => {
  await resetGraph(db);
  await loadDataset(db, smallNetwork(), { actor: 'test' });
});
afterAll(async () => db.close());

describe('export', () => {
  it('writes GEXF 1.3 that graphology-gexf reads back with the same nodes, edges and attributes', async () => {
    const [file] = await exportNetwork(db, 'gexf', { asOf: AS_OF });
    expect(file!.content).toContain('xmlns="http://gexf.net/1.3"');
    expect(file!.content).toContain('<attributes class="node">');
    const graph = parseGexf(Graph, file!.content);
    const { subnetwork, analysis } = await networkMetrics(db, { asOf: AS_OF });
    expect(graph.order).toBe(subnetwork.nodes.length);
    expect(graph.size).toBe(subnetwork.edges.length);
    expect(graph.type).toBe('undirected');
    for (const n of subnetwork.nodes) {
      const attrs = graph.getNodeAttributes(n.id);
      expect(attrs).toMatchObject({ label: n.name, sector: n.sectorId, area: n.areaIds.join(';'), kind: n.kind });
      const m = analysis.nodes[n.id]!;
      expect(attrs.degree).toBe(m.degree);
      expect(attrs.betweenness).toBeCloseTo(m.betweenness, 10);
      expect(attrs.closeness).toBeCloseTo(m.closeness, 10);
      expect(attrs.community).toBe(m.community);
      if (m.constraint === null) expect(attrs.constraint).toBeUndefined();
      else expect(attrs.constraint).toBeCloseTo(m.constraint, 10);
    }
    for (const e of subnetwork.edges) {
      expect(graph.hasEdge(e.id)).toBe(true);
      const attrs = graph.getEdgeAttributes(e.id);
      expect(attrs.kind).toBe(e.kind);
      expect(attrs.since ?? null).toBe(e.since);
      if (e.trust !== null) expect(attrs.trust).toBe(e.trust);
      expect(graph.extremities(e.id).sort()).toEqual([e.source, e.target].sort());
    }
    // the tie that ended in 2022 is there as of 2021, and gone as of 2023
    const [later] = await exportNetwork(db, 'gexf', { asOf: '2023-01-01' });
    expect(parseGexf(Graph, later!.content).size).toBe(subnetwork.edges.length - 1);
  });

  it('escapes XML in names', async () => {
    const ds = smallNetwork();
    await loadDataset(db, { ...ds, organisations: [{ ...ds.organisations[0]!, id: 'org-xml', name: 'Tom & Jerry <"Trust"> \'n\' co' }], people: [], bodies: [], seats: [], ties: [] }, { actor: 'test' });
    for (const format of ['gexf', 'graphml'] as const) {
      const [file] = await exportNetwork(db, format, { asOf: AS_OF });
      expect(file!.content).toContain('Tom &amp; Jerry &lt;&quot;Trust&quot;&gt; &apos;n&apos; co');
    }
    const graph = parseGexf(Graph, (await exportNetwork(db, 'gexf', { asOf: AS_OF }))[0]!.content);
    expect(graph.getNodeAttribute('org-xml', 'label')).toBe('Tom & Jerry <"Trust"> \'n\' co');
    await resetGraph(db);
    await loadDataset(db, smallNetwork(), { actor: 'test' });
  });

  it('writes GraphML with the same attributes as keys', async () => {
    const [file] = await exportNetwork(db, 'graphml', { asOf: AS_OF, filter: { areaId: 'area-cardiff' } });
    expect(file!.content).toContain('<key id="n_sector" for="node" attr.name="sector" attr.type="string"/>');
    expect(file!.content).toContain('<key id="n_betweenness" for="node" attr.name="betweenness" attr.type="double"/>');
    expect(file!.content).toContain('<key id="e_trust" for="edge" attr.name="trust" attr.type="int"/>');
    expect(file!.content).toContain('edgedefault="undirected"');
    expect(file!.content.match(/<node /g)).toHaveLength(4);
  });

  it('writes a CSV pair that re-imports into an empty database with the same counts', async () => {
    const files = await exportNetwork(db, 'csv', {});
    const nodes = files.find((f) => f.filename === 'nodes.csv')!;
    const edges = files.find((f) => f.filename === 'edges.csv')!;
    const people = files.find((f) => f.filename === 'people.csv')!;
    await referenceOnly(db);
    const result = await importFiles(db, [nodes, edges, people].map((f) => ({ name: f.filename, content: f.content })), { actor: 'test' });
    expect(result.problems).toEqual([]);
    const after = await counts();
    const lines = (text: string) => text.trim().split('\n').length - 1;
    expect([after.organisations, after.ties, after.people]).toEqual([lines(nodes.content), lines(edges.content), lines(people.content)]);
    expect([after.organisations, after.ties, after.people]).toEqual([6, 4, 2]);
    expect(result.counts.every((c) => c.updated === 0 && c.unchanged === 0)).toBe(true);
    // and the same export again, byte for byte
    const again = await exportNetwork(db, 'csv', {});
    expect(again.find((f) => f.filename === 'nodes.csv')!.content).toBe(nodes.content);
    expect(again.find((f) => f.filename === 'edges.csv')!.content).toBe(edges.content);
    await resetGraph(db);
    await loadDataset(db, smallNetwork(), { actor: 'test' });
  });

  it('anonymised exports contain no name or e-mail of any person in the database', async () => {
    const session = db.driver.session();
    let personal: string[];
    try {
      const r = await session.run('MATCH (p:Person) RETURN p.name AS name, p.email AS email');
      personal = r.records.flatMap((x) => [x.get('name') as string, x.get('email') as string | null]).filter((v): v is string => !!v);
    } finally {
      await session.close();
    }
    expect(personal.length).toBeGreaterThan(0);
    // without anonymise, the people are there (so the check below means something)
    const plain = (await exportNetwork(db, 'json', {}))[0]!.content;
    expect(plain).toContain(personal[0]);
    for (const format of EXPORT_FORMATS) {
      for (const file of await exportNetwork(db, format, { anonymise: true })) {
        for (const value of personal) expect(file.content, `${file.filename} contains ${value}`).not.toContain(value);
      }
    }
    const json = JSON.parse((await exportNetwork(db, 'json', { anonymise: true }))[0]!.content) as { people: { role: string; id: string }[] };
    expect(json.people.map((p) => p.role)).toEqual(expect.arrayContaining(['Development Officer']));
    expect(json.people.every((p) => /^person-\d+$/.test(p.id))).toBe(true);
  });

  it('exportNetwork over GraphQL', async () => {
    const gql = graphqlClient(db);
    const res = await gql(`query($f: NetworkFilter) { exportNetwork(filter: $f, asOf: "2021-01-01", format: CSV_EDGES, anonymise: true) { filename mimeType content } }`, { f: { areaId: 'area-newport' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.exportNetwork).toMatchObject({ filename: 'edges.csv', mimeType: 'text/csv' });
    expect(res.data!.exportNetwork.content.trim().split('\n')).toHaveLength(2);
    const gexf = await gql(`{ exportNetwork(format: GEXF) { filename mimeType } }`);
    expect(gexf.data!.exportNetwork.mimeType).toBe('application/gexf+xml');
  });
});
