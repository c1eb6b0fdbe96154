import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const keys = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

describe('network reads', () => {
  it('returns the subgraph for a filter as nodes and edges, as of a date', async () => {
    const Q = `query($filter: NetworkFilter, $asOf: Date) { network(filter: $filter, asOf: $asOf) { asOf nodes { id sectorId } edges { id source target } } }`;
    const today = (await gql(Q, { filter: { areaId: 'area-cardiff' } })).data!.network;
    expect(keys(today.nodes)).toEqual(['org-c3sc', 'org-cardiff-housing', 'org-cav-uhb', 'org-museum-cardiff']);
    expect(today.edges.map((e: any) => e.id).sort()).toEqual(['tie-1', 'tie-2']);
    // tie-3 ended on 2022-01-01: visible as of 2021, not today.
    const then = (await gql(Q, { filter: { areaId: 'area-cardiff' }, asOf: '2021-06-01' })).data!.network;
    expect(then.edges.map((e: any) => e.id).sort()).toEqual(['tie-1', 'tie-2', 'tie-3']);
    const region = (await gql(Q, { filter: { areaId: 'area-south-east', sectorId: 'sector-third' } })).data!.network;
    expect(keys(region.nodes)).toEqual(['org-c3sc', 'org-gavo']);
    expect(region.edges.map((e: any) => e.id)).toEqual(['tie-5']);
  });

  it('returns an ego network by depth with distances', async () => {
    const Q = `query($depth: Int) { egoNetwork(key: "org-museum-cardiff", depth: $depth) { nodes { id distance } edges { id } } }`;
    const one = (await gql(Q, { depth: 1 })).data!.egoNetwork;
    expect(one.nodes).toEqual(expect.arrayContaining([{ id: 'org-museum-cardiff', distance: 0 }, { id: 'org-c3sc', distance: 1 }]));
    expect(one.nodes).toHaveLength(2);
    const three = (await gql(Q, { depth: 3 })).data!.egoNetwork;
    expect(three.nodes).toEqual(expect.arrayContaining([{ id: 'org-gavo', distance: 2 }, { id: 'org-newport-museum', distance: 3 }]));
    expect(three.nodes.map((n: any) => n.id)).not.toContain('org-cardiff-housing'); // its only tie has ended
    const bad = await gql(Q, { depth: 4 });
    expect(bad.errors![0]).toMatchObject({ message: 'Invalid depth: must be 1, 2 or 3', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('finds how two organisations are connected, through ties and through people on the same body', async () => {
    const Q = `query($from: String!, $to: String!) { connectionPaths(from: $from, to: $to) { length steps { label key } links { type } } }`;
    const viaTies = (await gql(Q, { from: 'org-museum-cardiff', to: 'org-newport-museum' })).data!.connectionPaths;
    expect(viaTies[0].length).toBe(3);
    expect(viaTies[0].steps.map((s: any) => s.key)).toEqual(['org-museum-cardiff', 'org-c3sc', 'org-gavo', 'org-newport-museum']);
    expect(viaTies[0].links.every((l: any) => l.type === 'TIE')).toBe(true);
  });

  it('summarises each area as of a date', async () => {
    const result = await gql(`{ areaSummaries(level: "local_authority") { area { key } organisations ties bodies seats vacancies } }`);
    const cardiff = result.data!.areaSummaries.find((s: any) => s.area.key === 'area-cardiff');
    expect(cardiff).toEqual({ area: { key: 'area-cardiff' }, organisations: 4, ties: 2, bodies: 1, seats: 1, vacancies: 0 });
  });
});
