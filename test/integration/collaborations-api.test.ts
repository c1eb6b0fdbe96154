import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';
import { extendedNetwork } from '../support/small-network-extra.ts';

let db: Database;
let gql: ReturnType<typeof graphqlClient>;

beforeAll(() => {
  db = testDatabase();
  gql = graphqlClient(db);
});
beforeEach(async () => {
  await resetGraph(db);
  await loadDataset(db, extendedNetwork(), { actor: 'test' });
});
afterAll(async () => db.close());

const ERRORS = `
  ... on ValidationError { fieldErrors { path message } }
  ... on ConflictError { reason message }
  ... on NotFoundError { entityType key }
`;
const COLLAB = 'key name description since until version partners { key } themes { code } areas { key } introduction { key } history { action }';
const CREATE = /* GraphQL */ `mutation($input: CollaborationInput!) { createCollaboration(input: $input) { __typename ... on MutationCreateCollaborationSuccess { data { ${COLLAB} } } ${ERRORS} } }`;
const UPDATE = /* GraphQL */ `mutation($input: CollaborationInput!, $version: Int!) { updateCollaboration(input: $input, version: $version) { __typename ... on MutationUpdateCollaborationSuccess { data { ${COLLAB} } } ${ERRORS} } }`;
const END = /* GraphQL */ `mutation($key: String!, $until: Date!, $version: Int!) { endCollaboration(key: $key, until: $until, version: $version) { __typename ... on MutationEndCollaborationSuccess { data { ${COLLAB} } } ${ERRORS} } }`;
const ADD = /* GraphQL */ `mutation($key: String!, $org: String!, $version: Int!) { addPartner(key: $key, organisationKey: $org, version: $version) { __typename ... on MutationAddPartnerSuccess { data { ${COLLAB} } } ${ERRORS} } }`;

const input = {
  key: 'collab-museum-health', name: 'Museum on Prescription', description: 'Social prescribing visits', since: '2024-01-01',
  partnerKeys: ['org-museum-cardiff', 'org-cav-uhb'], themeKeys: ['theme-f7'], areaKeys: ['area-cardiff'],
};

describe('collaboration mutations', () => {
  it('creates a collaboration with partners, themes and areas', async () => {
    const result = await gql(CREATE, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createCollaboration.data).toMatchObject({
      key: 'collab-museum-health', version: 1, since: '2024-01-01', until: null, partners: [{ key: 'org-cav-uhb' }, { key: 'org-museum-cardiff' }],
      themes: [{ code: 'F7' }], areas: [{ key: 'area-cardiff' }], introduction: null, history: [{ action: 'create' }],
    });
  });

  it('names invalid fields and unknown references; refuses duplicate keys', async () => {
    const none = await gql(CREATE, { input: { ...input, partnerKeys: [], until: '2023-01-01' } });
    expect(none.data!.createCollaboration.fieldErrors.map((e: any) => e.path.join('.'))).toEqual(['input.partnerIds']);
    const dates = await gql(CREATE, { input: { ...input, until: '2023-01-01' } });
    expect(dates.data!.createCollaboration.fieldErrors).toEqual([{ path: ['input', 'until'], message: 'must not be before since' }]);
    const unknown = await gql(CREATE, { input: { ...input, themeKeys: ['theme-nope'], partnerKeys: ['org-c3sc', 'org-nope'] } });
    expect(unknown.data!.createCollaboration.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: ['input', 'themeIds', '0'], message: 'no theme with key "theme-nope"' },
        { path: ['input', 'partnerIds', '1'], message: 'no organisation with key "org-nope"' },
      ]),
    );
    await gql(CREATE, { input });
    const dup = await gql(CREATE, { input });
    expect(dup.data!.createCollaboration).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
  });

  it('updates with the current version, refuses a stale one and unknown keys', async () => {
    await gql(CREATE, { input });
    const ok = await gql(UPDATE, { input: { ...input, name: 'Museums on Prescription', themeKeys: ['theme-f7', 'theme-f1'] }, version: 1 });
    expect(ok.data!.updateCollaboration.data).toMatchObject({ name: 'Museums on Prescription', version: 2 });
    expect(ok.data!.updateCollaboration.data.themes.map((t: any) => t.code).sort()).toEqual(['F1', 'F7']);
    const stale = await gql(UPDATE, { input, version: 1 });
    expect(stale.data!.updateCollaboration).toMatchObject({ __typename: 'ConflictError', reason: 'stale_version' });
    const missing = await gql(UPDATE, { input: { ...input, key: 'collab-nope' }, version: 1 });
    expect(missing.data!.updateCollaboration).toMatchObject({ __typename: 'NotFoundError', entityType: 'Collaboration', key: 'collab-nope' });
  });

  it('adds a partner; refuses an existing partner and an unknown organisation', async () => {
    await gql(CREATE, { input });
    const added = await gql(ADD, { key: 'collab-museum-health', org: 'org-c3sc', version: 1 });
    expect(added.data!.addPartner.data.partners.map((p: any) => p.key)).toEqual(['org-c3sc', 'org-cav-uhb', 'org-museum-cardiff']);
    expect(added.data!.addPartner.data.version).toBe(2);
    const again = await gql(ADD, { key: 'collab-museum-health', org: 'org-c3sc', version: 2 });
    expect(again.data!.addPartner).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
    const unknown = await gql(ADD, { key: 'collab-museum-health', org: 'org-nope', version: 2 });
    expect(unknown.data!.addPartner).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['organisationKey'] }] });
    const stale = await gql(ADD, { key: 'collab-museum-health', org: 'org-gavo', version: 1 });
    expect(stale.data!.addPartner).toMatchObject({ __typename: 'ConflictError', reason: 'stale_version' });
  });

  it('ends a collaboration: visible as of earlier dates only; ending twice is a conflict', async () => {
    await gql(CREATE, { input });
    const ended = await gql(END, { key: 'collab-museum-health', until: '2025-01-01', version: 1 });
    expect(ended.data!.endCollaboration.data).toMatchObject({ until: '2025-01-01', version: 2 });
    const Q = `query($asOf: Date) { organisation(key: "org-cav-uhb") { collaborations(asOf: $asOf) { key } } collaborations(asOf: $asOf) { totalCount } }`;
    expect((await gql(Q, { asOf: '2024-12-31' })).data).toEqual({ organisation: { collaborations: [{ key: 'collab-museum-health' }] }, collaborations: { totalCount: 1 } });
    expect((await gql(Q, { asOf: '2025-01-01' })).data).toEqual({ organisation: { collaborations: [] }, collaborations: { totalCount: 0 } });
    expect((await gql(Q, { asOf: '2023-12-31' })).data!.collaborations.totalCount).toBe(0);
    const again = await gql(END, { key: 'collab-museum-health', until: '2025-02-01', version: 2 });
    expect(again.data!.endCollaboration).toMatchObject({ __typename: 'ConflictError', reason: 'already_ended' });
  });

  it('refuses an end before the start', async () => {
    await gql(CREATE, { input });
    const early = await gql(END, { key: 'collab-museum-health', until: '2023-01-01', version: 1 });
    expect(early.data!.endCollaboration).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['until'] }] });
  });
});

describe('collaboration reads', () => {
  it('filters by partner, theme and area (including sub-areas)', async () => {
    await gql(CREATE, { input });
    await gql(CREATE, { input: { key: 'collab-newport', name: 'Early years at the museum', partnerKeys: ['org-newport-museum', 'org-gavo'], themeKeys: ['theme-f1'], areaKeys: ['area-newport'] } });
    const Q = `query($filter: CollaborationFilter) { collaborations(filter: $filter, asOf: "2024-06-01") { totalCount edges { node { key } } } }`;
    const keys = async (filter: unknown) => (await gql(Q, { filter })).data!.collaborations.edges.map((e: any) => e.node.key);
    expect(await keys({ areaKey: 'area-south-east' })).toEqual(['collab-museum-health', 'collab-newport']);
    expect(await keys({ areaKey: 'area-newport' })).toEqual(['collab-newport']);
    expect(await keys({ themeKey: 'theme-f7' })).toEqual(['collab-museum-health']);
    expect(await keys({ partnerKey: 'org-gavo' })).toEqual(['collab-newport']);
    expect(await keys({ text: 'prescription' })).toEqual(['collab-museum-health']);
    const one = await gql(`{ collaboration(key: "collab-newport") { name partners { key } } missing: collaboration(key: "nope") { key } }`);
    expect(one.data).toEqual({ collaboration: { name: 'Early years at the museum', partners: [{ key: 'org-gavo' }, { key: 'org-newport-museum' }] }, missing: null });
  });
});
