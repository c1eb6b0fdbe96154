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

const PERSON = 'key name email role since until version organisation { key } history { action reason before after }';
const CREATE = /* GraphQL */ `
  mutation($input: PersonInput!) {
    createPerson(input: $input, reason: "new officer") {
      __typename
      ... on MutationCreatePersonSuccess { data { ${PERSON} } }
      ... on ValidationError { fieldErrors { path message } }
      ... on ConflictError { reason message }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation($input: PersonInput!, $version: Int!) {
    updatePerson(input: $input, version: $version) {
      __typename
      ... on MutationUpdatePersonSuccess { data { ${PERSON} } }
      ... on ValidationError { fieldErrors { path message } }
      ... on ConflictError { reason }
      ... on NotFoundError { entityType key }
    }
  }
`;
const END = /* GraphQL */ `
  mutation($key: String!, $until: Date!, $version: Int!) {
    endPerson(key: $key, until: $until, version: $version) {
      __typename
      ... on MutationEndPersonSuccess { data { ${PERSON} } }
      ... on ValidationError { fieldErrors { path message } }
      ... on ConflictError { reason }
      ... on NotFoundError { key }
    }
  }
`;

const newPerson = { key: 'person-new', name: 'Gwen Thomas', email: 'Gwen@C3SC.example', role: 'Volunteering Officer', organisationKey: 'org-c3sc', since: '2024-02-01' };

describe('person mutations', () => {
  it('creates a person working for an organisation, with an audit entry', async () => {
    const result = await gql(CREATE, { input: newPerson });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createPerson).toMatchObject({
      __typename: 'MutationCreatePersonSuccess',
      data: {
        key: 'person-new', name: 'Gwen Thomas', email: 'gwen@c3sc.example', role: 'Volunteering Officer', since: '2024-02-01', until: null, version: 1,
        organisation: { key: 'org-c3sc' }, history: [{ action: 'create', reason: 'new officer' }],
      },
    });
  });

  it('generates a key when none is given', async () => {
    const { key: _ignored, ...rest } = newPerson;
    const result = await gql(CREATE, { input: rest });
    expect(result.data!.createPerson.data.key).toMatch(/^person-/);
  });

  it('refuses a malformed email (EmailAddress scalar) and names each invalid field: empty name and role, unknown organisation', async () => {
    const email = await gql(CREATE, { input: { ...newPerson, email: 'not-an-email' } });
    expect(email.errors?.[0]?.message).toMatch(/email/i);
    const bad = await gql(CREATE, { input: { ...newPerson, name: ' ', role: '' } });
    expect(bad.data!.createPerson.__typename).toBe('ValidationError');
    const paths = bad.data!.createPerson.fieldErrors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.name', 'input.role']));
    const unknown = await gql(CREATE, { input: { ...newPerson, organisationKey: 'org-nope' } });
    expect(unknown.data!.createPerson.fieldErrors).toEqual([{ path: ['input', 'organisationId'], message: 'no organisation with key "org-nope"' }]);
  });

  it('refuses a duplicate key', async () => {
    const result = await gql(CREATE, { input: { ...newPerson, key: 'person-a' } });
    expect(result.data!.createPerson).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
  });

  it('updates details, moves organisation keeping the old employment, refuses stale versions and unknown keys', async () => {
    const input = { key: 'person-a', name: 'Ceri Jones', email: 'ceri.jones@c3sc.example', role: 'Senior Officer', organisationKey: 'org-c3sc' };
    const first = await gql(UPDATE, { input, version: 1 });
    expect(first.data!.updatePerson.data).toMatchObject({ role: 'Senior Officer', email: 'ceri.jones@c3sc.example', version: 2 });
    expect(JSON.parse(first.data!.updatePerson.data.history[0].before).role).toBe('Development Officer');

    const moved = await gql(UPDATE, { input: { ...input, organisationKey: 'org-gavo', since: '2025-01-01' }, version: 2 });
    expect(moved.data!.updatePerson.data).toMatchObject({ organisation: { key: 'org-gavo' }, since: '2025-01-01', until: null, version: 3 });
    const Q = `query($asOf: Date) { c3sc: organisation(key: "org-c3sc") { people(asOf: $asOf) { key } } gavo: organisation(key: "org-gavo") { people(asOf: $asOf) { key } } }`;
    const before = await gql(Q, { asOf: '2024-12-31' });
    expect(before.data!.c3sc.people.map((p: any) => p.key)).toEqual(['person-a']);
    expect(before.data!.gavo.people.map((p: any) => p.key)).toEqual(['person-b']);
    const after = await gql(Q, { asOf: '2025-01-01' });
    expect(after.data!.c3sc.people).toEqual([]);
    expect(after.data!.gavo.people.map((p: any) => p.key)).toEqual(['person-a', 'person-b']);

    const stale = await gql(UPDATE, { input, version: 1 });
    expect(stale.data!.updatePerson).toMatchObject({ __typename: 'ConflictError', reason: 'stale_version' });
    const missing = await gql(UPDATE, { input: { ...input, key: 'person-nobody' }, version: 1 });
    expect(missing.data!.updatePerson).toMatchObject({ __typename: 'NotFoundError', entityType: 'Person', key: 'person-nobody' });
  });

  it('ends an employment; it stays visible as of earlier dates; ending twice is a conflict', async () => {
    const ended = await gql(END, { key: 'person-c', until: '2024-06-30', version: 1 });
    expect(ended.data!.endPerson.data).toMatchObject({ until: '2024-06-30', version: 2, organisation: { key: 'org-museum-cardiff' } });
    const Q = `query($asOf: Date) { people(asOf: $asOf, filter: { organisationKey: "org-museum-cardiff" }) { totalCount edges { node { key } } } }`;
    expect((await gql(Q, { asOf: '2024-06-29' })).data!.people.totalCount).toBe(1);
    expect((await gql(Q, { asOf: '2024-06-30' })).data!.people.totalCount).toBe(0);
    const again = await gql(END, { key: 'person-c', until: '2024-07-30', version: 2 });
    expect(again.data!.endPerson).toMatchObject({ __typename: 'ConflictError', reason: 'already_ended' });
    const missing = await gql(END, { key: 'person-x', until: '2024-07-30', version: 1 });
    expect(missing.data!.endPerson).toMatchObject({ __typename: 'NotFoundError', key: 'person-x' });
  });

  it('refuses an end date before the employment began', async () => {
    const result = await gql(END, { key: 'person-c', until: '2019-01-01', version: 1 });
    expect(result.data!.endPerson).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['until'] }] });
  });
});

describe('person reads', () => {
  it('reads one person by key, and null for an unknown key', async () => {
    const result = await gql(`{ person(key: "person-c") { key name role email organisation { key } since } nobody: person(key: "x") { key } }`);
    expect(result.data!.person).toEqual({ key: 'person-c', name: 'Alex Morgan', role: 'Learning Officer', email: 'alex@museum.example', organisation: { key: 'org-museum-cardiff' }, since: '2019-03-01' });
    expect(result.data!.nobody).toBeNull();
  });

  it('lists people by organisation, by area (including sub-areas) and by text, as of a date', async () => {
    const Q = `query($filter: PersonFilter, $asOf: Date) { people(filter: $filter, asOf: $asOf) { totalCount edges { node { key } } } }`;
    const keys = async (filter: unknown, asOf?: string) => (await gql(Q, { filter, asOf })).data!.people.edges.map((e: any) => e.node.key);
    expect(await keys({ areaKey: 'area-cardiff' })).toEqual(['person-a', 'person-c']);
    expect(await keys({ areaKey: 'area-south-east' })).toEqual(['person-a', 'person-b', 'person-c']);
    expect(await keys({ areaKey: 'area-newport' }, '2020-01-01')).toEqual(['person-b', 'person-d']);
    expect(await keys({ areaKey: 'area-newport' })).toEqual(['person-b']);
    expect(await keys({ organisationKey: 'org-museum-cardiff' }, '2019-01-01')).toEqual([]);
    expect(await keys({ text: 'coordinator' }, '2020-01-01')).toEqual(['person-d']);
    const paged = await gql(`{ people(first: 1) { totalCount pageInfo { hasNextPage } edges { node { key } } } }`);
    expect(paged.data!.people).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, edges: [{ node: { key: 'person-a' } }] });
  });
});
