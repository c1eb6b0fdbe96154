import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';
import { smallNetwork } from '../support/small-network.ts';

let db: Database;
let gql: ReturnType<typeof graphqlClient>;

beforeAll(() => {
  db = testDatabase();
  gql = graphqlClient(db);
});
beforeEach(async () => {
  await resetGraph(db);
  await loadDataset(db, smallNetwork(), { actor: 'test' });
});
afterAll(async () => db.close());

const CREATE = /* GraphQL */ `
  mutation Create($input: OrganisationInput!) {
    createOrganisation(input: $input, reason: "new partner") {
      __typename
      ... on MutationCreateOrganisationSuccess { data { key name version sector { key } areas { key } history { action actor reason } } }
      ... on ValidationError { message fieldErrors { path message } }
      ... on ConflictError { message reason }
    }
  }
`;

const newOrg = {
  key: 'org-penarth-food',
  name: 'Penarth Community Food Hub',
  nameCy: 'Hwb Bwyd Cymunedol Penarth',
  kind: 'tso',
  sectorKey: 'sector-third',
  areaKeys: ['area-cardiff'],
  themeKeys: ['theme-f7'],
  charityNumber: '1187654',
};

async function organisationCount(): Promise<number> {
  const session = db.driver.session();
  try {
    return (await session.run('MATCH (o:Organisation) RETURN count(o) AS n')).records[0]!.get('n').toNumber();
  } finally {
    await session.close();
  }
}

describe('organisation mutations', () => {
  it('creates an organisation, links it, and records who did it', async () => {
    const result = await gql(CREATE, { input: newOrg });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.createOrganisation;
    expect(payload.__typename).toBe('MutationCreateOrganisationSuccess');
    expect(payload.data).toMatchObject({
      key: 'org-penarth-food',
      version: 1,
      sector: { key: 'sector-third' },
      areas: [{ key: 'area-cardiff' }],
      history: [{ action: 'create', actor: 'user-test-admin', reason: 'new partner' }],
    });
  });

  it('names each bad field and writes nothing', async () => {
    const before = await organisationCount();
    const result = await gql(CREATE, {
      input: { ...newOrg, key: 'bad key!', name: ' ', sectorKey: 'sector-nope', charityNumber: 'abc' },
    });
    const payload = result.data!.createOrganisation;
    expect(payload.__typename).toBe('ValidationError');
    const paths = payload.fieldErrors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.id', 'input.name', 'input.charityNumber']));
    expect(await organisationCount()).toBe(before);
  });

  it('refuses an unknown sector or area by field', async () => {
    const result = await gql(CREATE, { input: { ...newOrg, sectorKey: 'sector-nope', areaKeys: ['area-cardiff', 'area-atlantis'] } });
    const payload = result.data!.createOrganisation;
    expect(payload.__typename).toBe('ValidationError');
    expect(payload.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: ['input', 'sectorId'], message: 'no sector with key "sector-nope"' },
        { path: ['input', 'areaIds', '1'], message: 'no area with key "area-atlantis"' },
      ]),
    );
  });

  it('refuses a duplicate key with a ConflictError', async () => {
    const result = await gql(CREATE, { input: { ...newOrg, key: 'org-c3sc' } });
    expect(result.data!.createOrganisation).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
  });

  it('updates with the current version and refuses a stale one', async () => {
    const UPDATE = /* GraphQL */ `
      mutation Update($input: OrganisationInput!, $version: Int!) {
        updateOrganisation(input: $input, version: $version) {
          __typename
          ... on MutationUpdateOrganisationSuccess { data { name version history { action before after } } }
          ... on ConflictError { reason message }
          ... on NotFoundError { key }
        }
      }
    `;
    const input = { key: 'org-c3sc', name: 'Cardiff Third Sector Council', kind: 'cvc', sectorKey: 'sector-third', areaKeys: ['area-cardiff'] };
    const first = await gql(UPDATE, { input, version: 1 });
    expect(first.data!.updateOrganisation.data).toMatchObject({ name: 'Cardiff Third Sector Council', version: 2 });
    const update = first.data!.updateOrganisation.data.history[0];
    expect(update.action).toBe('update');
    expect(JSON.parse(update.before).name).toBe('C3SC');
    expect(JSON.parse(update.after).name).toBe('Cardiff Third Sector Council');

    const stale = await gql(UPDATE, { input: { ...input, name: 'Other' }, version: 1 });
    expect(stale.data!.updateOrganisation).toMatchObject({ __typename: 'ConflictError', reason: 'stale_version' });
    const missing = await gql(UPDATE, { input: { ...input, key: 'org-missing' }, version: 1 });
    expect(missing.data!.updateOrganisation).toMatchObject({ __typename: 'NotFoundError', key: 'org-missing' });
  });

  it('bulk upsert is idempotent', async () => {
    const UPSERT = /* GraphQL */ `
      mutation Upsert($inputs: [OrganisationInput!]!) {
        upsertOrganisations(inputs: $inputs) {
          __typename
          ... on MutationUpsertOrganisationsSuccess { data { created updated unchanged } }
        }
      }
    `;
    const inputs = [
      newOrg,
      { key: 'org-c3sc', name: 'C3SC', kind: 'cvc', sectorKey: 'sector-third', areaKeys: ['area-cardiff'] },
      { key: 'org-gavo', name: 'GAVO (renamed)', kind: 'cvc', sectorKey: 'sector-third', areaKeys: ['area-newport'], themeKeys: ['theme-f1'] },
    ];
    const first = await gql(UPSERT, { inputs });
    expect(first.data!.upsertOrganisations.data).toEqual({ created: ['org-penarth-food'], updated: ['org-gavo'], unchanged: ['org-c3sc'] });
    const count = await organisationCount();
    const second = await gql(UPSERT, { inputs });
    expect(second.data!.upsertOrganisations.data).toEqual({ created: [], updated: [], unchanged: ['org-penarth-food', 'org-c3sc', 'org-gavo'] });
    expect(await organisationCount()).toBe(count);
  });

  it('an upsert with one bad row writes none of them', async () => {
    const before = await organisationCount();
    const result = await gql(
      /* GraphQL */ `mutation($inputs: [OrganisationInput!]!) { upsertOrganisations(inputs: $inputs) { __typename ... on ValidationError { fieldErrors { path message } } } }`,
      { inputs: [newOrg, { ...newOrg, key: 'org-second', sectorKey: 'sector-unknown' }] },
    );
    expect(result.data!.upsertOrganisations.__typename).toBe('ValidationError');
    expect(result.data!.upsertOrganisations.fieldErrors[0].path).toEqual(['inputs', '1', 'sectorId']);
    expect(await organisationCount()).toBe(before);
  });
});

describe('organisation reads', () => {
  it('filters by area including sub-areas, by sector and by text, with totals and cursors', async () => {
    const Q = /* GraphQL */ `
      query($filter: OrganisationFilter, $first: Int, $after: String) {
        organisations(filter: $filter, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { key } }
        }
      }
    `;
    const region = await gql(Q, { filter: { areaKey: 'area-south-east' }, first: 4 });
    expect(region.data!.organisations.totalCount).toBe(6);
    expect(region.data!.organisations.edges.map((e: any) => e.node.key)).toEqual(['org-c3sc', 'org-cardiff-housing', 'org-cav-uhb', 'org-gavo']);
    expect(region.data!.organisations.pageInfo.hasNextPage).toBe(true);
    const next = await gql(Q, { filter: { areaKey: 'area-south-east' }, first: 4, after: region.data!.organisations.pageInfo.endCursor });
    expect(next.data!.organisations.edges.map((e: any) => e.node.key)).toEqual(['org-museum-cardiff', 'org-newport-museum']);
    expect(next.data!.organisations.pageInfo.hasNextPage).toBe(false);

    const heritage = await gql(Q, { filter: { sectorKeys: ['sector-heritage'], areaKey: 'area-newport' } });
    expect(heritage.data!.organisations.edges.map((e: any) => e.node.key)).toEqual(['org-newport-museum']);
    const welsh = await gql(Q, { filter: { text: 'amgueddfa' } });
    expect(welsh.data!.organisations.totalCount).toBe(2);
  });

  it('pages backwards with last/before', async () => {
    const Q = /* GraphQL */ `query($last: Int, $before: String) { organisations(last: $last, before: $before) { pageInfo { hasPreviousPage startCursor } edges { node { key } } } }`;
    const tail = await gql(Q, { last: 2 });
    expect(tail.data!.organisations.edges.map((e: any) => e.node.key)).toEqual(['org-museum-cardiff', 'org-newport-museum']);
    expect(tail.data!.organisations.pageInfo.hasPreviousPage).toBe(true);
    const before = await gql(Q, { last: 2, before: tail.data!.organisations.pageInfo.startCursor });
    expect(before.data!.organisations.edges.map((e: any) => e.node.key)).toEqual(['org-cav-uhb', 'org-gavo']);
  });

  it('ranks a full-text search over English and Welsh names', async () => {
    const result = await gql(`{ searchOrganisations(text: "amgued casnewydd") { organisation { key } score } }`);
    const hits = result.data!.searchOrganisations;
    expect(hits[0].organisation.key).toBe('org-newport-museum');
    expect(hits.every((h: any, i: number) => i === 0 || hits[i - 1].score >= h.score)).toBe(true);
    const hostile = await gql(`{ searchOrganisations(text: "museum) OR (*:* \\\\") { organisation { key } } }`);
    expect(hostile.errors).toBeUndefined();
  });

  it('costs a constant number of Cypher round trips for a page of 100 with sectors, areas and tie counts', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      id: `org-bulk-${String(i).padStart(3, '0')}`, name: `Bulk ${i}`, kind: 'tso' as const,
      sectorId: i % 2 ? 'sector-health' : 'sector-housing', areaIds: ['area-cardiff'], themeIds: ['theme-f7'],
    }));
    await loadDataset(db, { ...smallNetwork(), organisations: many, people: [], seats: [], ties: many.slice(1).map((o, i) => ({
      id: `tie-bulk-${i}`, sourceId: many[0]!.id, targetId: o.id, kind: 'referral' as const, source: 'import' as const,
    })) }, { actor: 'test' });
    const Q = (first: number) => `{ organisations(first: ${first}, filter: { text: "bulk" }) { totalCount edges { node { key sector { name } areas { key parent { key } } themes { code } tieCount } } } }`;
    const measure = async (first: number) => {
      const start = db.queryCount;
      const result = await gql(Q(first));
      expect(result.errors).toBeUndefined();
      expect(result.data!.organisations.edges).toHaveLength(first);
      return db.queryCount - start;
    };
    const ten = await measure(10);
    const hundred = await measure(100);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(7);
    const result = await gql(Q(100));
    expect(result.data!.organisations.edges[0].node.tieCount).toBe(119);
  });
});
