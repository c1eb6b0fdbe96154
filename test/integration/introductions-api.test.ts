import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import type { Introduction, NetworkDataset } from '../../server/src/domain/model.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { declinedPairs } from '../../server/src/services/introductions.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';
import { extendedNetwork } from '../support/small-network-extra.ts';

let db: Database;
let gql: ReturnType<typeof graphqlClient>;

/**
 * A hand-made pipeline. Sectors: c3sc and gavo third sector, the museums heritage, cav-uhb health,
 * cardiff-housing housing.
 *   i1 museum-cardiff + cav-uhb (cross)    person-a  suggested 2024-01-01 ... collaborating 2024-01-31 (30 days)
 *   i2 cardiff-housing + cav-uhb (cross)   person-a  suggested 2024-02-01 ... collaborating 2024-03-12 (40 days)
 *   i3 c3sc + gavo (same sector)           person-a  suggested 2024-03-01, declined 2024-03-15
 *   i4 newport-museum + museum-cardiff     person-b  suggested 2024-04-01, introduced 2024-04-02 (open)
 *   i5 gavo + cardiff-housing (cross)      person-b  suggested 2023-06-01, lapsed 2024-01-01
 */
function pipeline(): Introduction[] {
  const ev = (status: Introduction['status'], at: string) => ({ status, at, byId: null, note: null });
  return [
    { id: 'i1', organisationIds: ['org-museum-cardiff', 'org-cav-uhb'], brokerId: 'person-a', status: 'collaborating', events: [ev('suggested', '2024-01-01'), ev('introduced', '2024-01-10'), ev('collaborating', '2024-01-31')] },
    { id: 'i2', organisationIds: ['org-cardiff-housing', 'org-cav-uhb'], brokerId: 'person-a', status: 'collaborating', events: [ev('suggested', '2024-02-01'), ev('introduced', '2024-02-05'), ev('meeting_held', '2024-02-20'), ev('collaborating', '2024-03-12')] },
    { id: 'i3', organisationIds: ['org-c3sc', 'org-gavo'], brokerId: 'person-a', status: 'declined', events: [ev('suggested', '2024-03-01'), ev('declined', '2024-03-15')] },
    { id: 'i4', organisationIds: ['org-newport-museum', 'org-museum-cardiff'], brokerId: 'person-b', introducerOrganisationId: 'org-gavo', status: 'introduced', events: [ev('suggested', '2024-04-01'), ev('introduced', '2024-04-02')] },
    { id: 'i5', organisationIds: ['org-gavo', 'org-cardiff-housing'], brokerId: 'person-b', status: 'lapsed', events: [ev('suggested', '2023-06-01'), ev('lapsed', '2024-01-01')] },
  ];
}

function dataset(withPipeline: boolean): NetworkDataset {
  const base = extendedNetwork();
  return { ...base, introductions: withPipeline ? pipeline() : [] };
}

beforeAll(() => {
  db = testDatabase();
  gql = graphqlClient(db);
});
afterAll(async () => db.close());

const ERRORS = `
  ... on ValidationError { fieldErrors { path message } }
  ... on ConflictError { reason message }
  ... on NotFoundError { entityType key }
`;
const INTRO = 'key status statusSince version organisations { key } broker { key } introducer { key } note suggestionEvidence events { seq status at note by { key } } collaboration { key } history { action }';
const BROKER = /* GraphQL */ `mutation($orgs: [String!]!, $broker: String!, $introducer: String, $note: String, $evidence: String, $at: Date, $status: IntroductionStatus) {
  brokerIntroduction(organisationKeys: $orgs, brokerKey: $broker, introducerKey: $introducer, note: $note, suggestionEvidence: $evidence, at: $at, status: $status) {
    __typename ... on MutationBrokerIntroductionSuccess { data { ${INTRO} } } ${ERRORS} } }`;
const MOVE = /* GraphQL */ `mutation($key: String!, $status: IntroductionStatus!, $at: Date, $note: String, $by: String, $version: Int!) {
  moveIntroduction(key: $key, status: $status, at: $at, note: $note, byKey: $by, version: $version) {
    __typename ... on MutationMoveIntroductionSuccess { data { ${INTRO} } } ${ERRORS} } }`;
const RECORD = /* GraphQL */ `mutation($key: String!, $version: Int!, $name: String!, $themes: [String!], $since: Date) {
  recordCollaborationFromIntroduction(introductionKey: $key, version: $version, name: $name, themeKeys: $themes, since: $since) {
    __typename
    ... on MutationRecordCollaborationFromIntroductionSuccess { data {
      introduction { key status statusSince collaboration { key } }
      collaboration { key name since partners { key } themes { code } introduction { key status } }
    } }
    ${ERRORS} } }`;

describe('the brokerage pipeline', () => {
  beforeEach(async () => {
    await resetGraph(db);
    await loadDataset(db, dataset(false), { actor: 'test' });
  });

  const broker = (vars: Record<string, unknown> = {}) =>
    gql(BROKER, { orgs: ['org-museum-cardiff', 'org-cav-uhb'], broker: 'person-a', introducer: 'org-c3sc', note: 'Met at the network day', evidence: '{"sharedThemes":["F7"]}', at: '2025-01-06', ...vars });

  it('brokers an introduction: suggested, with broker, introducer, evidence and a first event', async () => {
    const result = await broker();
    expect(result.errors).toBeUndefined();
    const data = result.data!.brokerIntroduction.data;
    expect(data).toMatchObject({
      status: 'suggested', statusSince: '2025-01-06', version: 1, organisations: [{ key: 'org-cav-uhb' }, { key: 'org-museum-cardiff' }],
      broker: { key: 'person-a' }, introducer: { key: 'org-c3sc' }, suggestionEvidence: '{"sharedThemes":["F7"]}',
      events: [{ seq: 0, status: 'suggested', at: '2025-01-06', note: 'Met at the network day', by: { key: 'person-a' } }],
      collaboration: null, history: [{ action: 'create' }],
    });
    expect(data.key).toMatch(/^intro-/);
  });

  it('can start at introduced', async () => {
    const result = await broker({ status: 'introduced' });
    expect(result.data!.brokerIntroduction.data.events.map((e: any) => e.status)).toEqual(['suggested', 'introduced']);
  });

  it('refuses pairs with an open tie or an open introduction, but not an ended tie', async () => {
    const tied = await broker({ orgs: ['org-c3sc', 'org-museum-cardiff'], introducer: null });
    expect(tied.data!.brokerIntroduction).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
    expect(tied.data!.brokerIntroduction.message).toContain('tie-1');
    const endedTie = await broker({ orgs: ['org-c3sc', 'org-cardiff-housing'], introducer: null });
    expect(endedTie.data!.brokerIntroduction.__typename).toBe('MutationBrokerIntroductionSuccess');
    await broker();
    const twice = await broker({ orgs: ['org-cav-uhb', 'org-museum-cardiff'] });
    expect(twice.data!.brokerIntroduction).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
  });

  it('names invalid inputs: the same organisation twice, unknown broker, introducer among the pair', async () => {
    const same = await broker({ orgs: ['org-cav-uhb', 'org-cav-uhb'], introducer: null });
    expect(same.data!.brokerIntroduction).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'organisationIds', '1'] }] });
    const three = await broker({ orgs: ['org-cav-uhb'] });
    expect(three.data!.brokerIntroduction).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'organisationIds'] }] });
    const unknown = await broker({ broker: 'person-nope' });
    expect(unknown.data!.brokerIntroduction.fieldErrors).toEqual([{ path: ['input', 'brokerId'], message: 'no person with key "person-nope"' }]);
    const introducer = await broker({ introducer: 'org-cav-uhb' });
    expect(introducer.data!.brokerIntroduction).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'introducerId'] }] });
  });

  it('moves through the pipeline keeping every event; as-of status reads the events', async () => {
    const key = (await broker()).data!.brokerIntroduction.data.key;
    const introduced = await gql(MOVE, { key, status: 'introduced', at: '2025-01-13', note: 'Email introduction sent', by: 'person-a', version: 1 });
    expect(introduced.data!.moveIntroduction.data).toMatchObject({ status: 'introduced', statusSince: '2025-01-13', version: 2 });
    const moves = await gql(`query($k: String!) { introduction(key: $k) { nextStatuses } }`, { k: key });
    expect(moves.data!.introduction.nextStatuses).toEqual(['meeting_held', 'collaborating', 'declined', 'lapsed']);
    const met = await gql(MOVE, { key, status: 'meeting_held', at: '2025-02-03', version: 2 });
    expect(met.data!.moveIntroduction.data.events.map((e: any) => [e.seq, e.status, e.at])).toEqual([
      [0, 'suggested', '2025-01-06'], [1, 'introduced', '2025-01-13'], [2, 'meeting_held', '2025-02-03'],
    ]);
    const asOf = await gql(`query($k: String!) { introduction(key: $k) { a: statusAsOf(asOf: "2025-01-01") b: statusAsOf(asOf: "2025-01-20") c: statusAsOf(asOf: "2025-03-01") history { action } } }`, { k: key });
    expect(asOf.data!.introduction).toMatchObject({ a: null, b: 'introduced', c: 'meeting_held' });
    expect(asOf.data!.introduction.history.map((h: any) => h.action)).toEqual(expect.arrayContaining(['create', 'move:introduced', 'move:meeting_held']));
    const declined = await gql(MOVE, { key, status: 'declined', at: '2025-02-10', version: 3 });
    expect(declined.data!.moveIntroduction.data.status).toBe('declined');
    // once declined, the pair may be brokered again (it has no open introduction)
    expect((await broker({ at: '2025-06-01' })).data!.brokerIntroduction.__typename).toBe('MutationBrokerIntroductionSuccess');
  });

  it('refuses impossible moves with ConflictError invalid_transition', async () => {
    const key = (await broker()).data!.brokerIntroduction.data.key;
    const skip = await gql(MOVE, { key, status: 'collaborating', version: 1 });
    expect(skip.data!.moveIntroduction).toMatchObject({ __typename: 'ConflictError', reason: 'invalid_transition' });
    const jump = await gql(MOVE, { key, status: 'meeting_held', version: 1 });
    expect(jump.data!.moveIntroduction).toMatchObject({ __typename: 'ConflictError', reason: 'invalid_transition' });
    const same = await gql(MOVE, { key, status: 'suggested', version: 1 });
    expect(same.data!.moveIntroduction).toMatchObject({ __typename: 'ConflictError', reason: 'invalid_transition' });
    await gql(MOVE, { key, status: 'lapsed', at: '2025-08-01', version: 1 });
    for (const status of ['introduced', 'declined', 'collaborating', 'suggested']) {
      const terminal = await gql(MOVE, { key, status, version: 2 });
      expect(terminal.data!.moveIntroduction).toMatchObject({ __typename: 'ConflictError', reason: 'invalid_transition' });
    }
  });

  it('refuses stale versions, unknown keys and dates before the last move', async () => {
    const key = (await broker()).data!.brokerIntroduction.data.key;
    const stale = await gql(MOVE, { key, status: 'introduced', version: 9 });
    expect(stale.data!.moveIntroduction).toMatchObject({ __typename: 'ConflictError', reason: 'stale_version' });
    const missing = await gql(MOVE, { key: 'intro-nope', status: 'introduced', version: 1 });
    expect(missing.data!.moveIntroduction).toMatchObject({ __typename: 'NotFoundError', entityType: 'Introduction', key: 'intro-nope' });
    const early = await gql(MOVE, { key, status: 'introduced', at: '2024-12-31', version: 1 });
    expect(early.data!.moveIntroduction).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['at'] }] });
    const unknownBy = await gql(MOVE, { key, status: 'introduced', by: 'person-nope', version: 1 });
    expect(unknownBy.data!.moveIntroduction).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'byId'] }] });
  });

  it('records the collaboration that followed and moves the introduction to collaborating in one transaction', async () => {
    const key = (await broker({ status: 'introduced' })).data!.brokerIntroduction.data.key;
    const result = await gql(RECORD, { key, version: 1, name: 'Museum on Prescription', themes: ['theme-f7'], since: '2025-03-01' });
    expect(result.errors).toBeUndefined();
    const data = result.data!.recordCollaborationFromIntroduction.data;
    expect(data.introduction).toMatchObject({ key, status: 'collaborating', statusSince: '2025-03-01' });
    expect(data.collaboration).toMatchObject({
      name: 'Museum on Prescription', since: '2025-03-01', partners: [{ key: 'org-cav-uhb' }, { key: 'org-museum-cardiff' }], themes: [{ code: 'F7' }],
      introduction: { key, status: 'collaborating' },
    });
    expect(data.introduction.collaboration).toEqual({ key: data.collaboration.key });
    const org = await gql(`{ organisation(key: "org-cav-uhb") { collaborations(asOf: "2025-03-02") { key } } }`);
    expect(org.data!.organisation.collaborations).toEqual([{ key: data.collaboration.key }]);
    const again = await gql(RECORD, { key, version: 2, name: 'Second' });
    expect(again.data!.recordCollaborationFromIntroduction).toMatchObject({ __typename: 'ConflictError', reason: 'invalid_transition' });
  });

  it('a refused conversion writes nothing', async () => {
    const key = (await broker()).data!.brokerIntroduction.data.key;
    const refused = await gql(RECORD, { key, version: 1, name: 'Too soon' });
    expect(refused.data!.recordCollaborationFromIntroduction).toMatchObject({ __typename: 'ConflictError', reason: 'invalid_transition' });
    const badTheme = await gql(MOVE, { key, status: 'introduced', version: 1 });
    expect(badTheme.data!.moveIntroduction.data.version).toBe(2);
    const invalid = await gql(RECORD, { key, version: 2, name: 'Bad theme', themes: ['theme-nope'] });
    expect(invalid.data!.recordCollaborationFromIntroduction).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'themeIds', '0'] }] });
    const after = await gql(`query($k: String!) { introduction(key: $k) { status version } collaborations { totalCount } }`, { k: key });
    expect(after.data).toEqual({ introduction: { status: 'introduced', version: 2 }, collaborations: { totalCount: 0 } });
  });
});

describe('pipeline reads and brokerage statistics', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadDataset(db, dataset(true), { actor: 'test' });
  });

  it('lists introductions by their status on a date, by broker and by area', async () => {
    const Q = `query($filter: IntroductionFilter, $asOf: Date) { introductions(filter: $filter, asOf: $asOf) { totalCount edges { node { key } } } }`;
    const keys = async (filter: unknown, asOf?: string) => (await gql(Q, { filter, asOf })).data!.introductions.edges.map((e: any) => e.node.key);
    expect(await keys({})).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(await keys({}, '2023-12-31')).toEqual(['i5']);
    expect(await keys({ status: ['introduced'] }, '2024-01-15')).toEqual(['i1']);
    expect(await keys({ status: ['suggested'] }, '2024-02-02')).toEqual(['i2']);
    expect(await keys({ status: ['collaborating'] })).toEqual(['i1', 'i2']);
    expect(await keys({ brokerKey: 'person-b' })).toEqual(['i4', 'i5']);
    expect(await keys({ areaKey: 'area-newport' })).toEqual(['i3', 'i4', 'i5']);
    expect(await keys({ organisationKey: 'org-cav-uhb' })).toEqual(['i1', 'i2']);
  });

  it('groups the board by status in pipeline order', async () => {
    const board = await gql(`{ introductionBoard { status count introductions { key } } }`);
    expect(board.data!.introductionBoard).toEqual([
      { status: 'suggested', count: 0, introductions: [] },
      { status: 'introduced', count: 1, introductions: [{ key: 'i4' }] },
      { status: 'meeting_held', count: 0, introductions: [] },
      { status: 'collaborating', count: 2, introductions: [{ key: 'i2' }, { key: 'i1' }] },
      { status: 'declined', count: 1, introductions: [{ key: 'i3' }] },
      { status: 'lapsed', count: 1, introductions: [{ key: 'i5' }] },
    ]);
    const mine = await gql(`{ introductionBoard(brokerKey: "person-b", areaKey: "area-newport") { status count } }`);
    expect(mine.data!.introductionBoard.filter((c: any) => c.count)).toEqual([{ status: 'introduced', count: 1 }, { status: 'lapsed', count: 1 }]);
  });

  it('computes brokerage statistics on the hand-made set', async () => {
    const Q = `query($broker: String, $area: String, $from: Date, $to: Date) {
      brokerageStats(brokerKey: $broker, areaKey: $area, from: $from, to: $to) { made converted conversionRate medianDaysToConvert crossSector crossSectorShare open declined lapsed } }`;
    expect((await gql(Q)).data!.brokerageStats).toEqual({
      made: 5, converted: 2, conversionRate: 0.4, medianDaysToConvert: 35, crossSector: 3, crossSectorShare: 0.6, open: 1, declined: 1, lapsed: 1,
    });
    const a = (await gql(Q, { broker: 'person-a' })).data!.brokerageStats;
    expect(a).toMatchObject({ made: 3, converted: 2, medianDaysToConvert: 35, crossSector: 2 });
    expect(a.conversionRate).toBeCloseTo(2 / 3);
    expect(a.crossSectorShare).toBeCloseTo(2 / 3);
    expect((await gql(Q, { from: '2024-01-01', to: '2024-12-31' })).data!.brokerageStats).toMatchObject({ made: 4, converted: 2, conversionRate: 0.5, crossSectorShare: 0.5 });
    expect((await gql(Q, { from: '2024-02-01', to: '2024-02-01' })).data!.brokerageStats).toMatchObject({ made: 1, converted: 1, medianDaysToConvert: 40 });
    const newport = (await gql(Q, { area: 'area-newport' })).data!.brokerageStats;
    expect(newport).toMatchObject({ made: 3, converted: 0, conversionRate: 0, medianDaysToConvert: null, crossSector: 1 });
    expect((await gql(Q, { from: '2030-01-01' })).data!.brokerageStats).toMatchObject({ made: 0, conversionRate: null, crossSectorShare: null, medianDaysToConvert: null });
  });

  it('declinedPairs returns pairs declined since a cutoff, for the suggestion engine', async () => {
    expect(await declinedPairs(db, '2024-03-01')).toEqual([{ introductionId: 'i3', declinedAt: '2024-03-15', organisationIds: ['org-c3sc', 'org-gavo'] }]);
    expect(await declinedPairs(db, '2024-03-15')).toHaveLength(1);
    expect(await declinedPairs(db, '2024-03-16')).toEqual([]);
  });
});
