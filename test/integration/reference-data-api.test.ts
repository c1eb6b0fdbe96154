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

describe('sectors, themes and areas are writable by admins', () => {
  it('creates a sector, refuses its duplicate, updates with the version and refuses a stale one', async () => {
    const CREATE = `mutation($i: SectorInput!) { createSector(input: $i) { __typename ... on MutationCreateSectorSuccess { data { key name version history { action } } } ... on ConflictError { reason } } }`;
    const input = { key: 'sector-sport', name: 'Sport and leisure', nameCy: 'Chwaraeon a hamdden' };
    const created = await gql(CREATE, { i: input });
    expect(created.data!.createSector.data).toEqual({ key: 'sector-sport', name: 'Sport and leisure', version: 1, history: [{ action: 'create' }] });
    expect((await gql(CREATE, { i: input })).data!.createSector).toEqual({ __typename: 'ConflictError', reason: 'duplicate' });

    const UPDATE = `mutation($i: SectorInput!, $v: Int!) { updateSector(input: $i, version: $v) { __typename ... on MutationUpdateSectorSuccess { data { name version } } ... on ConflictError { reason } } }`;
    const updated = await gql(UPDATE, { i: { ...input, name: 'Sport' }, v: 1 });
    expect(updated.data!.updateSector.data).toEqual({ name: 'Sport', version: 2 });
    expect((await gql(UPDATE, { i: { ...input, name: 'Again' }, v: 1 })).data!.updateSector.reason).toBe('stale_version');
  });

  it('validates a theme code and an area parent by field', async () => {
    const theme = await gql(`mutation { createTheme(input: { key: "theme-x", code: "f 9", name: "X", nameCy: "X", kind: "fusion_indicator" }) { __typename ... on ValidationError { fieldErrors { path } } } }`);
    expect(theme.data!.createTheme).toEqual({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'code'] }] });
    const area = await gql(`mutation { createArea(input: { key: "area-penarth", name: "Penarth", nameCy: "Penarth", level: "community", parentKey: "area-atlantis" }) { __typename ... on ValidationError { fieldErrors { path message } } } }`);
    expect(area.data!.createArea.fieldErrors).toEqual([{ path: ['input', 'parentId'], message: 'no area with key "area-atlantis"' }]);
    const ok = await gql(`mutation { createArea(input: { key: "area-penarth", name: "Penarth", nameCy: "Penarth", level: "community", parentKey: "area-cardiff" }) { __typename ... on MutationCreateAreaSuccess { data { parent { key } } } } }`);
    expect(ok.data!.createArea.data).toEqual({ parent: { key: 'area-cardiff' } });
  });

  it('refuses reference-data writes to anyone but an admin, and writes nothing', async () => {
    const coordinator = graphqlClient(db, { as: 'coordinator' });
    const result = await coordinator(`mutation { createSector(input: { key: "sector-new", name: "New", nameCy: "Newydd" }) { __typename } }`);
    expect(result.data!.createSector.__typename).toBe('ForbiddenError');
    const check = await gql(`{ sectors { totalCount } }`);
    expect(check.data!.sectors.totalCount).toBe(smallNetwork().sectors.length);
  });
});
