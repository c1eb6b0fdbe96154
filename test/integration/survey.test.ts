/**
 * The partner survey against a real Neo4j: opening a wave, token-only submissions turning into
 * survey ties, refusal of bad/closed/expired links, idempotent resubmission, response rate,
 * reminders, and comparing two waves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';
import { smallNetwork } from '../support/small-network.ts';

let db: Database;
let gql: ReturnType<typeof graphqlClient>;
/** the respondent: no account, only the link's token */
let publicGql: ReturnType<typeof graphqlClient>;

const CARDIFF = smallNetwork().organisations.filter((o) => o.areaIds.includes('area-cardiff')).map((o) => o.id).sort();

beforeAll(async () => {
  db = testDatabase();
  gql = graphqlClient(db);
  publicGql = graphqlClient(db, { as: 'anonymous' });
  await resetGraph(db);
  await loadDataset(db, smallNetwork(), { actor: 'test' });
});
afterAll(async () => db.close());

const OPEN = `mutation($input: OpenSurveyWaveInput!, $baseUrl: String) {
  openSurveyWave(input: $input, baseUrl: $baseUrl) {
    __typename
    ... on MutationOpenSurveyWaveSuccess { data { wave { key invited responded responseRate status date }
      links { invitationKey organisationName token link organisation { key } } } }
    ... on Error { message }
  }
}`;
const FORM = `query($token: String!) { surveyByToken(token: $token) {
  invitationKey waveName organisationName roster { key name sectorKey } sectors { key } kinds frequencies
  answers { partnerKey kinds frequency trust value } } }`;
const SUBMIT = `mutation($token: String!, $input: SurveyResponseInput!) {
  submitSurveyResponse(token: $token, input: $input) {
    __typename
    ... on MutationSubmitSurveyResponseSuccess { data { invitationKey submissions created updated retracted ended tieKeys newOrganisationKeys } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const WAVE = `query($key: String!) { surveyWave(key: $key) {
  key invited responded responseRate
  respondents { key organisation { key } submissions }
  nonRespondents { key organisation { key } reminders }
  proposedOrganisations { name sectorKey reviewStatus proposedBy { key } }
} }`;
const NETWORK = `query($asOf: Date) { network(filter: { areaId: "area-cardiff" }, asOf: $asOf) { nodes { id } edges { id source target kind origin trust value since } } }`;

interface Link { invitationKey: string; organisationName: string; token: string; link: string; organisation: { key: string } }

async function openWave(name: string, date: string, closesOn: string, areaKey = 'area-cardiff') {
  const r = await gql(OPEN, { input: { name, areaKey, date, closesOn } });
  expect(r.errors).toBeUndefined();
  const payload = r.data!.openSurveyWave;
  expect(payload.__typename).toBe('MutationOpenSurveyWaveSuccess');
  return payload.data as { wave: { key: string; invited: number; responded: number; responseRate: number; status: string; date: string }; links: Link[] };
}

async function submit(token: string, answers: unknown[]) {
  const r = await publicGql(SUBMIT, { token, input: { answers } });
  expect(r.errors).toBeUndefined();
  return r.data!.submitSurveyResponse;
}

async function surveyTieCount(): Promise<number> {
  const session = db.driver.session();
  try {
    const res = await session.run("MATCH ()-[t:TIE]->() WHERE t.source = 'survey' AND t.surveyWaveId IS NOT NULL RETURN count(t) AS n");
    return res.records[0]!.get('n').toNumber();
  } finally {
    await session.close();
  }
}

let wave1: Awaited<ReturnType<typeof openWave>>;
const linkOf = (w: typeof wave1, org: string) => w.links.find((l) => l.organisation.key === org)!;

describe('partner survey', () => {
  it('opening a wave invites every member organisation, with one private link each, storing only hashes', async () => {
    wave1 = await openWave('Cardiff partners 2024', '2024-01-01', '2099-12-31');
    expect(wave1.wave).toMatchObject({ invited: CARDIFF.length, responded: 0, responseRate: 0, status: 'open', date: '2024-01-01' });
    expect(wave1.links.map((l) => l.organisation.key).sort()).toEqual(CARDIFF);
    expect(new Set(wave1.links.map((l) => l.token)).size).toBe(CARDIFF.length);
    for (const l of wave1.links) expect(l.link).toBe(`/survey.html#token=${l.token}`);
    const session = db.driver.session();
    try {
      const res = await session.run('MATCH (i:SurveyInvitation) RETURN i');
      const props = res.records.map((r) => r.get('i').properties as Record<string, unknown>);
      expect(props).toHaveLength(CARDIFF.length);
      const tokens = new Set(wave1.links.map((l) => l.token));
      for (const p of props) {
        for (const v of Object.values(p)) expect(tokens.has(String(v))).toBe(false);
        expect(String(p.tokenHash)).toMatch(/^[0-9a-f]{64}$/);
      }
    } finally {
      await session.close();
    }
    // an absolute link when the coordinator gives the site's address
    const abs = await gql(OPEN, { input: { name: 'Newport 2024', areaKey: 'area-newport', date: '2024-01-01', closesOn: '2099-12-31' }, baseUrl: 'https://cyswllt.example/' });
    expect(abs.data!.openSurveyWave.data.links[0].link).toMatch(/^https:\/\/cyswllt\.example\/survey\.html#token=[A-Za-z0-9_-]{43}$/);
  });

  it('a link opens the form: the organisation, the roster of the others, sectors, kinds and frequencies', async () => {
    const museum = linkOf(wave1, 'org-museum-cardiff');
    const r = await publicGql(FORM, { token: museum.token });
    expect(r.errors).toBeUndefined();
    const form = r.data!.surveyByToken;
    expect(form.organisationName).toBe('Museum of Cardiff');
    expect(form.roster.map((o: { key: string }) => o.key).sort()).toEqual(CARDIFF.filter((k) => k !== 'org-museum-cardiff'));
    expect(form.kinds).toContain('joint_delivery');
    expect(form.frequencies).toEqual(['weekly', 'monthly', 'quarterly', 'yearly', 'ad_hoc']);
    expect(form.answers).toEqual([]);
  });

  it('a submission with a valid token creates survey ties since the wave date, recorded as the invitation', async () => {
    const museum = linkOf(wave1, 'org-museum-cardiff');
    const result = await submit(museum.token, [
      { partnerKey: 'org-cav-uhb', kinds: ['joint_delivery', 'information_sharing'], frequency: 'monthly', trust: 3, value: 4 },
      // already recorded by a coordinator (tie-1): confirmed, not duplicated
      { partnerKey: 'org-c3sc', kinds: ['information_sharing'], frequency: 'quarterly', trust: 4, value: 4 },
      { newPartner: { name: 'Cardiff Foodbank', sectorKey: 'sector-third' }, kinds: ['referral'], frequency: 'ad_hoc', trust: 2 },
    ]);
    expect(result.__typename).toBe('MutationSubmitSurveyResponseSuccess');
    const data = result.data;
    expect(data.created).toHaveLength(3);
    expect(data.updated).toEqual(['tie-1']);
    expect(data.newOrganisationKeys).toHaveLength(1);
    expect(data.tieKeys).toHaveLength(4);

    const net = (await gql(NETWORK, { asOf: '2024-01-01' })).data!.network;
    const survey = net.edges.filter((e: any) => e.origin === 'survey' && e.since === '2024-01-01');
    expect(survey).toHaveLength(3);
    expect(survey.find((e: any) => e.target === 'org-cav-uhb' && e.kind === 'joint_delivery')).toMatchObject({ source: 'org-museum-cardiff', trust: 3, value: 4 });
    const foodbank = data.newOrganisationKeys[0];
    expect(net.nodes.map((n: any) => n.id)).toContain(foodbank);
    expect(net.edges.filter((e: any) => [e.source, e.target].includes('org-c3sc') && [e.source, e.target].includes('org-museum-cardiff'))).toHaveLength(1);
    // not there the day before the wave
    const before = (await gql(NETWORK, { asOf: '2023-12-31' })).data!.network;
    expect(before.edges.filter((e: any) => e.origin === 'survey' && e.since === '2024-01-01')).toHaveLength(0);

    const session = db.driver.session();
    try {
      const changes = await session.run('MATCH (c:Change) WHERE c.actor = $actor RETURN c.entityType AS type, c.action AS action', { actor: `survey:${museum.invitationKey}` });
      const kinds = changes.records.map((r) => `${r.get('type')}:${r.get('action')}`).sort();
      expect(kinds).toEqual(['Organisation:create', 'SurveyInvitation:submit', 'Tie:create', 'Tie:create', 'Tie:create', 'Tie:update']);
      const org = await session.run('MATCH (o:Organisation {id: $id}) RETURN o.source AS source, o.reviewStatus AS review, o.name AS name', { id: foodbank });
      expect(org.records[0]!.toObject()).toEqual({ source: 'survey', review: 'pending', name: 'Cardiff Foodbank' });
    } finally {
      await session.close();
    }
    const waveView = (await gql(WAVE, { key: wave1.wave.key })).data!.surveyWave;
    expect(waveView.proposedOrganisations).toEqual([{ name: 'Cardiff Foodbank', sectorKey: 'sector-third', reviewStatus: 'pending', proposedBy: { key: 'org-museum-cardiff' } }]);
  });

  it('resubmitting the same answers changes nothing and never duplicates; a changed resubmission replaces the answers', async () => {
    const museum = linkOf(wave1, 'org-museum-cardiff');
    const form = (await publicGql(FORM, { token: museum.token })).data!.surveyByToken;
    expect(form.answers).toHaveLength(3);
    const again = form.answers.map((a: any) => ({ partnerKey: a.partnerKey, kinds: a.kinds, frequency: a.frequency, trust: a.trust, value: a.value }));
    const count = await surveyTieCount();
    const same = (await submit(museum.token, again)).data;
    expect(same).toMatchObject({ created: [], updated: [], retracted: [], ended: [], submissions: 2 });
    expect(await surveyTieCount()).toBe(count);

    // drop information sharing with the health board: that tie is retracted (active on no date)
    const fewer = again.map((a: any) => (a.partnerKey === 'org-cav-uhb' ? { ...a, kinds: ['joint_delivery'] } : a));
    const dropped = (await submit(museum.token, fewer)).data;
    expect(dropped.retracted).toHaveLength(1);
    expect(dropped.created).toEqual([]);
    let net = (await gql(NETWORK, { asOf: '2024-06-01' })).data!.network;
    expect(net.edges.filter((e: any) => e.source === 'org-museum-cardiff' && e.target === 'org-cav-uhb').map((e: any) => e.kind)).toEqual(['joint_delivery']);

    // and back again: the same tie reopens, no new one
    const back = (await submit(museum.token, again)).data;
    expect(back.created).toEqual([]);
    expect(back.updated).toEqual(dropped.retracted);
    expect(await surveyTieCount()).toBe(count);
    net = (await gql(NETWORK, { asOf: '2024-06-01' })).data!.network;
    expect(net.edges.filter((e: any) => e.source === 'org-museum-cardiff' && e.target === 'org-cav-uhb')).toHaveLength(2);

    // the other side confirming a tie does not duplicate it either
    const uhb = linkOf(wave1, 'org-cav-uhb');
    const confirm = (await submit(uhb.token, [{ partnerKey: 'org-museum-cardiff', kinds: ['joint_delivery'], frequency: 'monthly', trust: 4, value: 4 }])).data;
    expect(confirm.created).toEqual([]);
    expect(confirm.updated).toHaveLength(1);
    expect(await surveyTieCount()).toBe(count);
  });

  it('refuses an unknown, malformed, closed or expired link, and partners outside the roster', async () => {
    const forbidden = async (token: string) => {
      const r = await submit(token, [{ partnerKey: 'org-c3sc', kinds: ['referral'], frequency: 'yearly' }]);
      expect(r.__typename).toBe('ForbiddenError');
      const q = await publicGql(FORM, { token });
      expect(q.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      return r.message as string;
    };
    await forbidden('A'.repeat(43));
    await forbidden('not a token');
    const expired = await openWave('Cardiff 2020', '2020-01-01', '2020-02-01');
    expect(await forbidden(expired.links[0]!.token)).toMatch(/closed on 2020-02-01/);
    const closing = await openWave('Cardiff closing', '2024-03-01', '2099-12-31');
    const closed = await gql(`mutation($k: String!) { closeSurveyWave(waveKey: $k) { __typename ... on MutationCloseSurveyWaveSuccess { data { status } } } }`, { k: closing.wave.key });
    expect(closed.data!.closeSurveyWave.data.status).toBe('closed');
    expect(await forbidden(closing.links[0]!.token)).toMatch(/has closed/);

    const c3sc = linkOf(wave1, 'org-c3sc');
    const outside = await submit(c3sc.token, [{ partnerKey: 'org-gavo', kinds: ['referral'], frequency: 'yearly' }]);
    expect(outside.__typename).toBe('ValidationError');
    const self = await submit(c3sc.token, [{ partnerKey: 'org-c3sc', kinds: ['referral'], frequency: 'yearly' }]);
    expect(self.__typename).toBe('ValidationError');
    const badRating = await submit(c3sc.token, [{ partnerKey: 'org-cav-uhb', kinds: ['referral'], frequency: 'yearly', trust: 5 }]);
    expect(badRating.__typename).toBe('ValidationError');
  });

  it('counts the response rate, lists respondents and non-respondents, and reminds with fresh links', async () => {
    const view = (await gql(WAVE, { key: wave1.wave.key })).data!.surveyWave;
    expect(view.invited).toBe(CARDIFF.length);
    expect(view.responded).toBe(2);
    expect(view.responseRate).toBeCloseTo(2 / CARDIFF.length, 12);
    expect(view.respondents.map((i: any) => i.organisation.key).sort()).toEqual(['org-cav-uhb', 'org-museum-cardiff']);
    expect(view.nonRespondents.map((i: any) => i.organisation.key).sort()).toEqual(CARDIFF.filter((k) => !['org-cav-uhb', 'org-museum-cardiff'].includes(k)));

    const r = await gql(`mutation($k: String!) { remindNonRespondents(waveKey: $k) { __typename
      ... on MutationRemindNonRespondentsSuccess { data { invitationKey organisation { key } link token reminders text { en cy } } } } }`, { k: wave1.wave.key });
    const reminders = r.data!.remindNonRespondents.data;
    expect(reminders.map((x: any) => x.organisation.key).sort()).toEqual(view.nonRespondents.map((i: any) => i.organisation.key).sort());
    const housing = reminders.find((x: any) => x.organisation.key === 'org-cardiff-housing');
    expect(housing.reminders).toBe(1);
    expect(housing.text.en).toContain(housing.link);
    expect(housing.text.cy).toContain(housing.link);
    // the earlier link stops working, the new one works
    expect((await publicGql(FORM, { token: linkOf(wave1, 'org-cardiff-housing').token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await publicGql(FORM, { token: housing.token })).data!.surveyByToken.organisationName).toBe('Cardiff Community Housing');
    const after = (await gql(WAVE, { key: wave1.wave.key })).data!.surveyWave;
    expect(after.nonRespondents.find((i: any) => i.organisation.key === 'org-cardiff-housing').reminders).toBe(1);
    linkOf(wave1, 'org-cardiff-housing').token = housing.token;
  });

  it('compares two waves: ties no longer reported end on the later wave’s date, new ones appear', async () => {
    const wave2 = await openWave('Cardiff partners 2025', '2025-01-01', '2099-12-31');
    const museum = linkOf(wave2, 'org-museum-cardiff');
    const res = (await submit(museum.token, [
      { partnerKey: 'org-cav-uhb', kinds: ['joint_delivery'], frequency: 'monthly', trust: 4, value: 4 },
      { partnerKey: 'org-cardiff-housing', kinds: ['co_location'], frequency: 'weekly', trust: 3, value: 3 },
    ])).data;
    expect(res.created).toHaveLength(1);
    // information sharing with the health board and the foodbank referral were not reported again
    expect(res.ended).toHaveLength(2);

    const cmp = await gql(`query($a: String!, $b: String!) { compareSurveyWaves(a: $a, b: $b) {
      from { key } to { key } appeared { source target kind origin } ended { source target kind } metrics { metric from to change } } }`, { a: wave2.wave.key, b: wave1.wave.key });
    expect(cmp.errors).toBeUndefined();
    const c = cmp.data!.compareSurveyWaves;
    expect(c.from.key).toBe(wave1.wave.key);
    expect(c.to.key).toBe(wave2.wave.key);
    expect(c.appeared).toEqual([{ source: 'org-museum-cardiff', target: 'org-cardiff-housing', kind: 'co_location', origin: 'survey' }]);
    expect(c.ended.map((e: any) => `${e.target}:${e.kind}`).sort()).toEqual(['org-cav-uhb:information_sharing', expect.stringMatching(/^org-survey-cardiff-foodbank-[0-9a-f]{6}:referral$/)]);
    // the coordinator's tie the museum confirmed in 2024 is not the survey's to end
    const net = (await gql(NETWORK, { asOf: '2025-06-01' })).data!.network;
    expect(net.edges.some((e: any) => e.id === 'tie-1')).toBe(true);

    const otherNetwork = await gql(`query($a: String!, $b: String!) { compareSurveyWaves(a: $a, b: $b) { from { key } } }`, {
      a: wave1.wave.key,
      b: (await gql(`{ surveyWaves(areaKey: "area-newport") { key } }`)).data!.surveyWaves[0].key,
    });
    expect(otherNetwork.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
