import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';
import { daysFromToday, extendedNetwork } from '../support/small-network-extra.ts';

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
const BODY = `key name type status validFrom validTo version parent { key } predecessor { key } successors { key } lineage { key }
  owner { key } areas { key } themes { code } coordinators { key } expectedSectors { key } history { action }`;

const CREATE_BODY = /* GraphQL */ `mutation($input: BodyInput!) { createBody(input: $input) { __typename ... on MutationCreateBodySuccess { data { ${BODY} } } ${ERRORS} } }`;
const UPDATE_BODY = /* GraphQL */ `mutation($input: BodyInput!, $version: Int!) { updateBody(input: $input, version: $version) { __typename ... on MutationUpdateBodySuccess { data { ${BODY} } } ${ERRORS} } }`;
const END_BODY = /* GraphQL */ `mutation($key: String!, $validTo: Date!, $version: Int!) { endBody(key: $key, validTo: $validTo, version: $version) { __typename ... on MutationEndBodySuccess { data { ${BODY} } } ${ERRORS} } }`;
const REPLACE_BODY = /* GraphQL */ `mutation($key: String!, $version: Int!, $successor: BodyInput!, $on: Date) {
  replaceBody(key: $key, version: $version, successor: $successor, on: $on) { __typename ... on MutationReplaceBodySuccess { data { ${BODY} } } ${ERRORS} } }`;
const ADD_MEMBER = /* GraphQL */ `mutation($bodyKey: String!, $organisationKey: String!, $since: Date, $broughtByKey: String) {
  addMember(bodyKey: $bodyKey, organisationKey: $organisationKey, since: $since, broughtByKey: $broughtByKey) {
    __typename ... on MutationAddMemberSuccess { data { organisation { key } body { key } since until broughtBy { key } } } ${ERRORS} } }`;
const END_MEMBERSHIP = /* GraphQL */ `mutation($bodyKey: String!, $organisationKey: String!, $until: Date!) {
  endMembership(bodyKey: $bodyKey, organisationKey: $organisationKey, until: $until) {
    __typename ... on MutationEndMembershipSuccess { data { organisation { key } since until } } ${ERRORS} } }`;

const forum = {
  key: 'body-cardiff-forum', name: 'Cardiff Third Sector Forum', type: 'forum', validFrom: '2019-01-01', parentKey: 'body-cardiff-psb',
  ownerKey: 'org-c3sc', areaKeys: ['area-cardiff'], themeKeys: ['theme-f7'], coordinatorKeys: ['person-a'], expectedSectorKeys: ['sector-third', 'sector-health'],
};

describe('body mutations', () => {
  it('creates a body with its links and an audit entry', async () => {
    const result = await gql(CREATE_BODY, { input: forum });
    expect(result.errors).toBeUndefined();
    const data = result.data!.createBody.data;
    expect(data).toMatchObject({
      key: 'body-cardiff-forum', type: 'forum', status: 'active', validFrom: '2019-01-01', validTo: null, version: 1,
      parent: { key: 'body-cardiff-psb' }, owner: { key: 'org-c3sc' }, areas: [{ key: 'area-cardiff' }], themes: [{ code: 'F7' }],
      coordinators: [{ key: 'person-a' }], history: [{ action: 'create' }],
    });
    expect(data.expectedSectors.map((s: any) => s.key).sort()).toEqual(['sector-health', 'sector-third']);
  });

  it('names invalid fields and unknown references', async () => {
    const bad = await gql(CREATE_BODY, { input: { ...forum, name: '', validTo: '2018-01-01', parentKey: 'body-cardiff-forum' } });
    expect(bad.data!.createBody.__typename).toBe('ValidationError');
    expect(bad.data!.createBody.fieldErrors.map((e: any) => e.path.join('.'))).toEqual(expect.arrayContaining(['input.name']));
    const dates = await gql(CREATE_BODY, { input: { ...forum, validTo: '2018-01-01', parentKey: 'body-cardiff-forum' } });
    expect(dates.data!.createBody.fieldErrors.map((e: any) => e.path.join('.')).sort()).toEqual(['input.parentId', 'input.validTo']);
    const refs = await gql(CREATE_BODY, { input: { ...forum, parentKey: 'body-nope', coordinatorKeys: ['person-nope'], expectedSectorKeys: ['sector-nope'] } });
    expect(refs.data!.createBody.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: ['input', 'parentId'], message: 'no body with key "body-nope"' },
        { path: ['input', 'coordinatorIds', '0'], message: 'no person with key "person-nope"' },
        { path: ['input', 'expectedSectorIds', '0'], message: 'no sector with key "sector-nope"' },
      ]),
    );
  });

  it('refuses a duplicate key', async () => {
    const result = await gql(CREATE_BODY, { input: { ...forum, key: 'body-cardiff-psb', parentKey: null } });
    expect(result.data!.createBody).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
  });

  it('updates with the current version; refuses stale versions, unknown keys and parent loops', async () => {
    const input = { key: 'body-cardiff-psb', name: 'Cardiff Public Services Board', type: 'psb', validFrom: '2016-04-01', areaKeys: ['area-cardiff'], ownerKey: 'org-cav-uhb' };
    const ok = await gql(UPDATE_BODY, { input, version: 1 });
    expect(ok.data!.updateBody.data).toMatchObject({ name: 'Cardiff Public Services Board', owner: { key: 'org-cav-uhb' }, version: 2, predecessor: { key: 'body-cardiff-lsb' } });
    const stale = await gql(UPDATE_BODY, { input, version: 1 });
    expect(stale.data!.updateBody).toMatchObject({ __typename: 'ConflictError', reason: 'stale_version' });
    const missing = await gql(UPDATE_BODY, { input: { ...input, key: 'body-nope' }, version: 1 });
    expect(missing.data!.updateBody).toMatchObject({ __typename: 'NotFoundError', entityType: 'Body', key: 'body-nope' });
    const loop = await gql(UPDATE_BODY, { input: { ...input, parentKey: 'body-cardiff-wellbeing' }, version: 2 });
    expect(loop.data!.updateBody).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'parentId'] }] });
  });

  it('ends a body as lapsed; it is listed as of earlier dates only; ending twice is a conflict', async () => {
    const ended = await gql(END_BODY, { key: 'body-cardiff-wellbeing', validTo: '2024-03-31', version: 1 });
    expect(ended.data!.endBody.data).toMatchObject({ status: 'lapsed', validTo: '2024-03-31', version: 2 });
    const Q = `query($asOf: Date) { body(key: "body-cardiff-psb") { subGroups(asOf: $asOf) { key } } bodies(asOf: $asOf, filter: { types: [sub_group] }) { totalCount } }`;
    expect((await gql(Q, { asOf: '2024-03-30' })).data).toEqual({ body: { subGroups: [{ key: 'body-cardiff-wellbeing' }] }, bodies: { totalCount: 1 } });
    expect((await gql(Q, { asOf: '2024-03-31' })).data).toEqual({ body: { subGroups: [] }, bodies: { totalCount: 0 } });
    const again = await gql(END_BODY, { key: 'body-cardiff-wellbeing', validTo: '2024-04-30', version: 2 });
    expect(again.data!.endBody).toMatchObject({ __typename: 'ConflictError', reason: 'already_ended' });
    const early = await gql(END_BODY, { key: 'body-cardiff-psb', validTo: '2015-01-01', version: 1 });
    expect(early.data!.endBody).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['validTo'] }] });
  });

  it('replaces a body in one transaction: successor with lineage, old one ended as replaced', async () => {
    const result = await gql(REPLACE_BODY, {
      key: 'body-cardiff-psb', version: 1, on: '2025-04-01',
      successor: { key: 'body-cardiff-psb-2', name: 'Cardiff and Vale PSB', type: 'psb', areaKeys: ['area-cardiff'] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.replaceBody.data).toMatchObject({
      key: 'body-cardiff-psb-2', status: 'active', validFrom: '2025-04-01', predecessor: { key: 'body-cardiff-psb' },
      lineage: [{ key: 'body-cardiff-psb' }, { key: 'body-cardiff-lsb' }],
    });
    const old = await gql(`{ body(key: "body-cardiff-psb") { status validTo successors { key } lineage { key } } }`);
    expect(old.data!.body).toEqual({ status: 'replaced', validTo: '2025-04-01', successors: [{ key: 'body-cardiff-psb-2' }], lineage: [{ key: 'body-cardiff-lsb' }] });
    const Q = `query($asOf: Date) { bodies(asOf: $asOf, filter: { types: [psb, lsb] }) { edges { node { key } } } }`;
    expect((await gql(Q, { asOf: '2025-03-31' })).data!.bodies.edges.map((e: any) => e.node.key)).toEqual(['body-cardiff-psb']);
    expect((await gql(Q, { asOf: '2025-04-01' })).data!.bodies.edges.map((e: any) => e.node.key)).toEqual(['body-cardiff-psb-2']);
    expect((await gql(Q, { asOf: '2012-01-01' })).data!.bodies.edges.map((e: any) => e.node.key)).toEqual(['body-cardiff-lsb']);

    // the old body is ended: replacing it again is a conflict, and a failed replace writes nothing
    const again = await gql(REPLACE_BODY, { key: 'body-cardiff-psb', version: 2, successor: { key: 'body-x', name: 'X', type: 'psb' } });
    expect(again.data!.replaceBody).toMatchObject({ __typename: 'ConflictError', reason: 'already_ended' });
    const dup = await gql(REPLACE_BODY, { key: 'body-fusion-newport', version: 1, successor: { key: 'body-cardiff-lsb', name: 'X', type: 'partnership' } });
    expect(dup.data!.replaceBody).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
    expect((await gql(`{ body(key: "body-fusion-newport") { status validTo version } }`)).data!.body).toEqual({ status: 'active', validTo: null, version: 1 });
  });
});

describe('body reads and memberships', () => {
  it('filters bodies by type, area including sub-areas, parent, and as of a date', async () => {
    const Q = `query($filter: BodyFilter, $asOf: Date) { bodies(filter: $filter, asOf: $asOf) { totalCount edges { node { key } } } }`;
    const keys = async (filter: unknown, asOf?: string) => (await gql(Q, { filter, asOf })).data!.bodies.edges.map((e: any) => e.node.key);
    expect(await keys({ areaKey: 'area-south-east' })).toEqual(['body-cardiff-psb', 'body-cardiff-wellbeing', 'body-fusion-newport']);
    expect(await keys({ areaKey: 'area-newport' })).toEqual(['body-fusion-newport']);
    expect(await keys({ parentKey: 'body-cardiff-psb' })).toEqual(['body-cardiff-wellbeing']);
    expect(await keys({ types: ['partnership'] })).toEqual(['body-fusion-newport']);
    expect(await keys({}, '2015-06-01')).toEqual(['body-cardiff-lsb']);
    const one = await gql(`{ body(key: "body-cardiff-psb") { key predecessor { key } lineage { key } owner { key } seats { key } } }`);
    expect(one.data!.body).toEqual({ key: 'body-cardiff-psb', predecessor: { key: 'body-cardiff-lsb' }, lineage: [{ key: 'body-cardiff-lsb' }], owner: { key: 'org-c3sc' }, seats: [{ key: 'seat-1' }] });
  });

  it('answers members as of a date, with who brought whom', async () => {
    const Q = `query($asOf: Date) { body(key: "body-fusion-newport") { members(asOf: $asOf) { organisation { key } since until broughtBy { key } } } }`;
    expect((await gql(Q, { asOf: '2019-06-01' })).data!.body.members).toEqual([
      { organisation: { key: 'org-c3sc' }, since: '2018-01-01', until: '2020-01-01', broughtBy: null },
      { organisation: { key: 'org-gavo' }, since: '2018-05-01', until: null, broughtBy: { key: 'org-newport-museum' } },
      { organisation: { key: 'org-newport-museum' }, since: '2017-02-01', until: null, broughtBy: null },
    ]);
    expect((await gql(Q, { asOf: '2020-01-01' })).data!.body.members.map((m: any) => m.organisation.key)).toEqual(['org-gavo', 'org-newport-museum']);
    const orgs = await gql(`{ organisations(filter: { bodyKey: "body-fusion-newport" }) { totalCount } organisation(key: "org-gavo") { memberships { body { key } } } }`);
    expect(orgs.data!.organisations.totalCount).toBe(2);
    expect(orgs.data!.organisation.memberships).toEqual([{ body: { key: 'body-fusion-newport' } }]);
  });

  it('adds and ends memberships, with typed errors', async () => {
    const added = await gql(ADD_MEMBER, { bodyKey: 'body-fusion-newport', organisationKey: 'org-cardiff-housing', since: '2024-01-01', broughtByKey: 'org-gavo' });
    expect(added.data!.addMember).toMatchObject({
      __typename: 'MutationAddMemberSuccess',
      data: { organisation: { key: 'org-cardiff-housing' }, since: '2024-01-01', until: null, broughtBy: { key: 'org-gavo' } },
    });
    const dup = await gql(ADD_MEMBER, { bodyKey: 'body-fusion-newport', organisationKey: 'org-cardiff-housing' });
    expect(dup.data!.addMember).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
    const unknown = await gql(ADD_MEMBER, { bodyKey: 'body-nope', organisationKey: 'org-cardiff-housing' });
    expect(unknown.data!.addMember).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'bodyId'] }] });
    const lapsed = await gql(ADD_MEMBER, { bodyKey: 'body-cardiff-lsb', organisationKey: 'org-c3sc', since: '2020-01-01' });
    expect(lapsed.data!.addMember).toMatchObject({ __typename: 'ConflictError', reason: 'already_ended' });

    // a second membership period after the first ended: c3sc rejoins
    const rejoin = await gql(ADD_MEMBER, { bodyKey: 'body-fusion-newport', organisationKey: 'org-c3sc', since: '2023-01-01' });
    expect(rejoin.data!.addMember.__typename).toBe('MutationAddMemberSuccess');
    const all = await gql(`{ body(key: "body-fusion-newport") { members(all: true) { organisation { key } since until } history { action } } }`);
    expect(all.data!.body.members.filter((m: any) => m.organisation.key === 'org-c3sc')).toEqual([
      { organisation: { key: 'org-c3sc' }, since: '2018-01-01', until: '2020-01-01' },
      { organisation: { key: 'org-c3sc' }, since: '2023-01-01', until: null },
    ]);
    expect(all.data!.body.history.map((h: any) => h.action)).toContain('add-member');

    const ended = await gql(END_MEMBERSHIP, { bodyKey: 'body-fusion-newport', organisationKey: 'org-cardiff-housing', until: '2024-12-31' });
    expect(ended.data!.endMembership.data).toEqual({ organisation: { key: 'org-cardiff-housing' }, since: '2024-01-01', until: '2024-12-31' });
    const notMember = await gql(END_MEMBERSHIP, { bodyKey: 'body-fusion-newport', organisationKey: 'org-cardiff-housing', until: '2025-01-31' });
    expect(notMember.data!.endMembership).toMatchObject({ __typename: 'NotFoundError', entityType: 'Membership' });
    const early = await gql(END_MEMBERSHIP, { bodyKey: 'body-fusion-newport', organisationKey: 'org-gavo', until: '2000-01-01' });
    expect(early.data!.endMembership).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['until'] }] });
  });
});

const SEAT = `key seatType version since until body { key } onBehalfOf { key } holder { key } vacant holdings { person { key } since until }`;
const FILL = /* GraphQL */ `mutation($seatKey: String!, $personKey: String!, $since: Date, $version: Int!) {
  fillSeat(seatKey: $seatKey, personKey: $personKey, since: $since, version: $version) { __typename ... on MutationFillSeatSuccess { data { ${SEAT} } } ${ERRORS} } }`;
const VACATE = /* GraphQL */ `mutation($seatKey: String!, $until: Date, $version: Int!) {
  vacateSeat(seatKey: $seatKey, until: $until, version: $version) { __typename ... on MutationVacateSeatSuccess { data { ${SEAT} } } ${ERRORS} } }`;
const END_SEAT = /* GraphQL */ `mutation($key: String!, $until: Date!, $version: Int!) {
  endSeat(key: $key, until: $until, version: $version) { __typename ... on MutationEndSeatSuccess { data { ${SEAT} } } ${ERRORS} } }`;
const CREATE_SEAT = /* GraphQL */ `mutation($input: SeatInput!) { createSeat(input: $input) { __typename ... on MutationCreateSeatSuccess { data { ${SEAT} history { action } } } ${ERRORS} } }`;
const UPDATE_SEAT = /* GraphQL */ `mutation($input: SeatInput!, $version: Int!) { updateSeat(input: $input, version: $version) { __typename ... on MutationUpdateSeatSuccess { data { ${SEAT} } } ${ERRORS} } }`;
const REPORT = /* GraphQL */ `mutation($seatKey: String!, $date: Date!, $summary: String!, $personKey: String) {
  logReportBack(seatKey: $seatKey, date: $date, summary: $summary, personKey: $personKey) {
    __typename ... on MutationLogReportBackSuccess { data { key date summary by { key } } } ${ERRORS} } }`;

describe('seat mutations', () => {
  it('creates a seat (vacant until filled), refuses unknown bodies and duplicate keys', async () => {
    const input = { key: 'seat-wellbeing-tsr', bodyKey: 'body-cardiff-wellbeing', seatType: 'third_sector_representative', onBehalfOfKey: 'org-c3sc', since: '2020-01-01' };
    const created = await gql(CREATE_SEAT, { input });
    expect(created.data!.createSeat.data).toMatchObject({ key: 'seat-wellbeing-tsr', version: 1, body: { key: 'body-cardiff-wellbeing' }, onBehalfOf: { key: 'org-c3sc' }, holder: null, vacant: true, holdings: [], history: [{ action: 'create' }] });
    const dup = await gql(CREATE_SEAT, { input });
    expect(dup.data!.createSeat).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
    const bad = await gql(CREATE_SEAT, { input: { ...input, key: 'seat-x', bodyKey: 'body-nope', until: '2019-01-01' } });
    expect(bad.data!.createSeat).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'until'] }] });
    const unknown = await gql(CREATE_SEAT, { input: { ...input, key: 'seat-x', bodyKey: 'body-nope' } });
    expect(unknown.data!.createSeat).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'bodyId'], message: 'no body with key "body-nope"' }] });
    const updated = await gql(UPDATE_SEAT, { input: { ...input, seatType: 'observer' }, version: 1 });
    expect(updated.data!.updateSeat.data).toMatchObject({ seatType: 'observer', version: 2 });
    const moved = await gql(UPDATE_SEAT, { input: { ...input, bodyKey: 'body-cardiff-psb' }, version: 2 });
    expect(moved.data!.updateSeat).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'bodyId'] }] });
  });

  it('fills a seat: the current holding ends the day the new one starts, in one transaction', async () => {
    const filled = await gql(FILL, { seatKey: 'seat-1', personKey: 'person-c', since: '2024-01-01', version: 1 });
    expect(filled.errors).toBeUndefined();
    expect(filled.data!.fillSeat.data).toMatchObject({
      version: 2, holder: { key: 'person-c' }, vacant: false,
      holdings: [{ person: { key: 'person-a' }, since: '2020-01-01', until: '2024-01-01' }, { person: { key: 'person-c' }, since: '2024-01-01', until: null }],
    });
    const Q = `query($asOf: Date) { seat(key: "seat-1") { holder(asOf: $asOf) { key } } }`;
    expect((await gql(Q, { asOf: '2023-12-31' })).data!.seat.holder).toEqual({ key: 'person-a' });
    expect((await gql(Q, { asOf: '2024-01-01' })).data!.seat.holder).toEqual({ key: 'person-c' });
    expect((await gql(Q, { asOf: '2019-12-31' })).data!.seat.holder).toBeNull();

    // person-a comes back later: a second HOLDS for the same pair
    const back = await gql(FILL, { seatKey: 'seat-1', personKey: 'person-a', since: '2025-01-01', version: 2 });
    expect(back.data!.fillSeat.data.holdings).toHaveLength(3);
    expect((await gql(Q, { asOf: '2024-06-01' })).data!.seat.holder).toEqual({ key: 'person-c' });
    expect((await gql(Q, { asOf: '2025-06-01' })).data!.seat.holder).toEqual({ key: 'person-a' });
  });

  it('refuses to fill with the current holder, a stale version, an unknown person, or a date before the current holding', async () => {
    const same = await gql(FILL, { seatKey: 'seat-1', personKey: 'person-a', since: '2024-01-01', version: 1 });
    expect(same.data!.fillSeat).toMatchObject({ __typename: 'ConflictError', reason: 'duplicate' });
    const stale = await gql(FILL, { seatKey: 'seat-1', personKey: 'person-c', since: '2024-01-01', version: 7 });
    expect(stale.data!.fillSeat).toMatchObject({ __typename: 'ConflictError', reason: 'stale_version' });
    const unknown = await gql(FILL, { seatKey: 'seat-1', personKey: 'person-nope', since: '2024-01-01', version: 1 });
    expect(unknown.data!.fillSeat).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['personKey'] }] });
    const missing = await gql(FILL, { seatKey: 'seat-nope', personKey: 'person-c', version: 1 });
    expect(missing.data!.fillSeat).toMatchObject({ __typename: 'NotFoundError', entityType: 'Seat', key: 'seat-nope' });
    const overlap = await gql(FILL, { seatKey: 'seat-1', personKey: 'person-c', since: '2019-01-01', version: 1 });
    expect(overlap.data!.fillSeat).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['since'] }] });
  });

  it('a holder who left yesterday is the holder as of last week and the seat is vacant today', async () => {
    const yesterday = daysFromToday(-1);
    const lastWeek = daysFromToday(-7);
    const vacated = await gql(VACATE, { seatKey: 'seat-1', until: yesterday, version: 1 });
    expect(vacated.data!.vacateSeat.data).toMatchObject({ holder: null, vacant: true, version: 2, holdings: [{ person: { key: 'person-a' }, until: yesterday }] });
    const Q = `query($asOf: Date) { seat(key: "seat-1") { holder(asOf: $asOf) { key } vacant(asOf: $asOf) } seats(asOf: $asOf, filter: { vacant: true }) { totalCount } }`;
    expect((await gql(Q, { asOf: lastWeek })).data).toEqual({ seat: { holder: { key: 'person-a' }, vacant: false }, seats: { totalCount: 0 } });
    expect((await gql(Q)).data).toEqual({ seat: { holder: null, vacant: true }, seats: { totalCount: 1 } });
    const holderFilter = await gql(`query($asOf: Date) { seats(asOf: $asOf, filter: { holderKey: "person-a" }) { totalCount } }`, { asOf: lastWeek });
    expect(holderFilter.data!.seats.totalCount).toBe(1);

    const again = await gql(VACATE, { seatKey: 'seat-1', version: 2 });
    expect(again.data!.vacateSeat).toMatchObject({ __typename: 'ConflictError', reason: 'already_ended' });
    const early = await gql(VACATE, { seatKey: 'seat-1', until: '2019-01-01', version: 1 });
    expect(early.data!.vacateSeat).toMatchObject({ __typename: 'ConflictError', reason: 'stale_version' });
  });

  it('refuses to vacate before the holding began', async () => {
    const early = await gql(VACATE, { seatKey: 'seat-1', until: '2019-01-01', version: 1 });
    expect(early.data!.vacateSeat).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['until'] }] });
  });

  it('ends a seat and its open holding; it stays on the body as of earlier dates', async () => {
    const ended = await gql(END_SEAT, { key: 'seat-1', until: '2024-06-30', version: 1 });
    expect(ended.data!.endSeat.data).toMatchObject({ until: '2024-06-30', vacant: false, holder: null, holdings: [{ until: '2024-06-30' }] });
    const Q = `query($asOf: Date) { body(key: "body-cardiff-psb") { seats(asOf: $asOf) { key holder(asOf: $asOf) { key } } } }`;
    expect((await gql(Q, { asOf: '2024-06-29' })).data!.body.seats).toEqual([{ key: 'seat-1', holder: { key: 'person-a' } }]);
    expect((await gql(Q, { asOf: '2024-06-30' })).data!.body.seats).toEqual([]);
    const again = await gql(END_SEAT, { key: 'seat-1', until: '2024-07-30', version: 2 });
    expect(again.data!.endSeat).toMatchObject({ __typename: 'ConflictError', reason: 'already_ended' });
    const fill = await gql(FILL, { seatKey: 'seat-1', personKey: 'person-c', since: '2024-07-01', version: 2 });
    expect(fill.data!.fillSeat).toMatchObject({ __typename: 'ConflictError', reason: 'already_ended' });
  });

  it('logs report-backs by the holder on that date, newest shown as lastReportBack', async () => {
    const first = await gql(REPORT, { seatKey: 'seat-1', date: '2024-02-01', summary: 'PSB agreed the well-being plan' });
    expect(first.data!.logReportBack.data).toMatchObject({ date: '2024-02-01', by: { key: 'person-a' } });
    const second = await gql(REPORT, { seatKey: 'seat-1', date: '2024-05-01', summary: 'Budget round', personKey: 'person-b' });
    expect(second.data!.logReportBack.data.by).toEqual({ key: 'person-b' });
    const seat = await gql(`{ seat(key: "seat-1") { reportBacks { date } lastReportBack { date summary by { key } } } }`);
    expect(seat.data!.seat).toEqual({
      reportBacks: [{ date: '2024-05-01' }, { date: '2024-02-01' }],
      lastReportBack: { date: '2024-05-01', summary: 'Budget round', by: { key: 'person-b' } },
    });
    const nobody = await gql(REPORT, { seatKey: 'seat-1', date: '2019-02-01', summary: 'Before anyone held it' });
    expect(nobody.data!.logReportBack).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'personId'] }] });
    const empty = await gql(REPORT, { seatKey: 'seat-1', date: '2024-02-01', summary: ' ' });
    expect(empty.data!.logReportBack).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'summary'] }] });
    const unknown = await gql(REPORT, { seatKey: 'seat-nope', date: '2024-02-01', summary: 'x' });
    expect(unknown.data!.logReportBack).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'seatId'] }] });
    const none = await gql(`{ seat(key: "seat-1") { key } other: seats { edges { node { lastReportBack { date } } } } }`);
    expect(none.errors).toBeUndefined();
  });
});
