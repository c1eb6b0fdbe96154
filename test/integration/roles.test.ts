/**
 * The role matrix, through real credentials (API tokens in Neo4j, checked per request): what each
 * role may and may not write, in and out of its scope, and which personal fields it can read.
 * Every refused write leaves the graph exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/src/auth/actor.ts';
import type { Database } from '../../server/src/db/database.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { createTestAccount, type TestAccount } from '../support/auth.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';
import { smallNetwork } from '../support/small-network.ts';

let db: Database;
const accounts = new Map<Role, TestAccount>();
const ROLES: Role[] = ['admin', 'coordinator', 'cvc_staff', 'evaluator', 'viewer'];
type Who = Role | 'anonymous';
const WHO: Who[] = [...ROLES, 'anonymous'];

function client(who: Who) {
  if (who === 'anonymous') return graphqlClient(db, { headers: {} });
  return graphqlClient(db, { headers: { authorization: `Bearer ${accounts.get(who)!.token}` } });
}

/** Everything in the graph that a write could change: node and relationship counts and properties. */
async function fingerprint(): Promise<string> {
  const session = db.driver.session();
  try {
    const nodes = await session.run('MATCH (n) WHERE NOT n:Session AND NOT n:SchemaVersion RETURN count(n) AS n, collect(DISTINCT [labels(n), n.version]) AS v');
    const rels = await session.run('MATCH ()-[r]->() RETURN count(r) AS n, collect(properties(r)) AS p');
    return JSON.stringify([nodes.records[0]!.toObject(), rels.records[0]!.toObject()]);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await loadDataset(db, smallNetwork(), { actor: 'test' });
  const admin = graphqlClient(db);
  // A Newport body and seat: outside the Cardiff-scoped accounts.
  const body = await admin(`mutation { createBody(input: { key: "body-newport-psb", name: "Newport PSB", type: psb, status: active, areaKeys: ["area-newport"] }) { __typename } }`);
  expect(JSON.stringify(body)).toContain('Success');
  const seat = await admin(`mutation { createSeat(input: { key: "seat-newport-1", bodyKey: "body-newport-psb", seatType: third_sector_representative, onBehalfOfKey: "org-gavo" }) { __typename } }`);
  expect(JSON.stringify(seat)).toContain('Success');
  for (const role of ROLES) {
    const scoped = role === 'coordinator' || role === 'cvc_staff';
    accounts.set(role, await createTestAccount(db, role, scoped ? { areaScopes: ['area-cardiff'] } : {}));
  }
}, 120_000);
afterAll(async () => {
  await db.close();
});

interface Case {
  name: string;
  allowed: Who[];
  mutation: (who: Who) => string;
}

const orgMutation = (area: string) => (who: Who) =>
  `mutation { createOrganisation(input: { key: "org-${who}-${area}", name: "New ${who} ${area}", kind: tso, sectorKey: "sector-third", areaKeys: ["${area}"] }) { __typename ... on Error { message } } }`;
const TIE_KIND: Record<Who, string> = { admin: 'funding', coordinator: 'co_location', cvc_staff: 'referral', evaluator: 'joint_delivery', viewer: 'joint_delivery', anonymous: 'joint_delivery' };

const CASES: Case[] = [
  { name: 'create an organisation in Cardiff', allowed: ['admin', 'coordinator', 'cvc_staff'], mutation: orgMutation('area-cardiff') },
  { name: 'create an organisation in Newport (out of scope)', allowed: ['admin'], mutation: orgMutation('area-newport') },
  {
    name: 'record a tie in Cardiff',
    allowed: ['admin', 'coordinator', 'cvc_staff'],
    mutation: (who) => `mutation { recordTie(input: { sourceKey: "org-museum-cardiff", targetKey: "org-cav-uhb", kind: ${TIE_KIND[who]} }) { __typename ... on Error { message } } }`,
  },
  {
    name: 'record a tie between two Newport organisations (out of scope)',
    allowed: ['admin'],
    mutation: (who) => `mutation { recordTie(input: { sourceKey: "org-gavo", targetKey: "org-newport-museum", kind: ${TIE_KIND[who]} }) { __typename ... on Error { message } } }`,
  },
  {
    name: 'end a Newport tie (out of scope)',
    allowed: [],
    mutation: () => `mutation { endTie(key: "tie-4", until: "2024-01-01", version: 99) { __typename ... on Error { message } } }`,
  },
  {
    name: 'create a seat on the Cardiff PSB',
    allowed: ['admin', 'cvc_staff'],
    mutation: (who) => `mutation { createSeat(input: { key: "seat-${who}", bodyKey: "body-cardiff-psb", seatType: third_sector_representative }) { __typename ... on Error { message } } }`,
  },
  {
    name: 'create a seat on the Newport PSB (out of scope)',
    allowed: ['admin'],
    mutation: (who) => `mutation { createSeat(input: { key: "seat-nwp-${who}", bodyKey: "body-newport-psb", seatType: third_sector_representative }) { __typename ... on Error { message } } }`,
  },
  {
    name: 'log a report-back from a Cardiff seat',
    allowed: ['admin', 'cvc_staff'],
    mutation: (who) => `mutation { logReportBack(seatKey: "seat-1", date: "2024-03-01", summary: "Reported by ${who}") { __typename ... on Error { message } } }`,
  },
  {
    name: 'log a report-back from a Newport seat (out of scope)',
    allowed: ['admin'],
    mutation: () => `mutation { logReportBack(seatKey: "seat-newport-1", date: "2024-03-01", summary: "x", personKey: "person-b") { __typename ... on Error { message } } }`,
  },
  {
    name: 'fill a Newport seat (out of scope)',
    allowed: [],
    mutation: () => `mutation { fillSeat(seatKey: "seat-newport-1", personKey: "person-b", version: 99) { __typename ... on Error { message } } }`,
  },
  {
    name: 'update a Newport person (out of scope)',
    allowed: [],
    mutation: () => `mutation { updatePerson(input: { key: "person-b", name: "Changed", role: "x", organisationKey: "org-gavo" }, version: 99) { __typename ... on Error { message } } }`,
  },
];

describe('the role matrix', () => {
  for (const c of CASES) {
    for (const who of WHO) {
      const allowed = c.allowed.includes(who) || (who === 'admin' && c.allowed.length === 0);
      it(`${who} ${allowed ? 'may' : 'may not'} ${c.name}`, async () => {
        const before = await fingerprint();
        const result = await client(who)(c.mutation(who));
        const payload = Object.values(result.data ?? {})[0] as { __typename: string; message?: string } | undefined;
        if (allowed) {
          expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
          // past the policy: success, or the resolver's own answer (e.g. a stale version) for admins
          expect(payload?.__typename, payload?.message).toMatch(who === 'admin' && c.allowed.length === 0 ? /Error$/ : /Success$/);
          expect(payload?.__typename).not.toBe('ForbiddenError');
        } else {
          expect(payload?.__typename, JSON.stringify(result)).toBe('ForbiddenError');
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }

  it('admins pass the policy out of scope too, but the resolver still checks versions (end a tie with a stale version)', async () => {
    const result = await client('admin')(`mutation { endTie(key: "tie-4", until: "2024-01-01", version: 99) { __typename } }`);
    expect(result.data?.endTie.__typename).toBe('ConflictError');
  });

  it('an unauthenticated mutation is refused and the graph is unchanged', async () => {
    const before = await fingerprint();
    const result = await client('anonymous')(`mutation { createOrganisation(input: { key: "org-anon", name: "Anon", kind: tso, sectorKey: "sector-third", areaKeys: ["area-cardiff"] }) { __typename ... on Error { message } } }`);
    expect(result.data?.createOrganisation).toEqual({ __typename: 'ForbiddenError', message: 'Sign in to make changes' });
    expect(await fingerprint()).toBe(before);
  });

  it('a bad or revoked token is refused with 401, not treated as anonymous', async () => {
    const result = await graphqlClient(db, { headers: { authorization: 'Bearer cyswllt_00000000000000000000000000000000_notarealsecretnotarealsecret' } })('{ me { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records the signed-in account as the actor of its writes', async () => {
    const coordinator = accounts.get('coordinator')!;
    const result = await client('coordinator')(`{ organisation(key: "org-coordinator-area-cardiff") { history { actor action } } }`);
    expect(result.data?.organisation.history).toEqual([{ actor: coordinator.id, action: 'create' }]);
  });
});

describe('personal fields', () => {
  const query = `{ cardiff: person(key: "person-a") { name email role } newport: person(key: "person-b") { name email role } }`;
  const expectations: Record<Who, { cardiff: boolean; newport: boolean }> = {
    admin: { cardiff: true, newport: true },
    coordinator: { cardiff: true, newport: false },
    cvc_staff: { cardiff: true, newport: false },
    evaluator: { cardiff: false, newport: false },
    viewer: { cardiff: false, newport: false },
    anonymous: { cardiff: false, newport: false },
  };
  for (const who of WHO) {
    it(`${who} reads names ${JSON.stringify(expectations[who])}`, async () => {
      const result = await client(who)(query);
      expect(result.errors).toBeUndefined();
      const { cardiff, newport } = result.data as Record<string, { name: string; email: string | null; role: string }>;
      expect(cardiff!.name).toBe(expectations[who].cardiff ? 'Ceri Jones' : 'Development Officer');
      expect(cardiff!.email).toBe(expectations[who].cardiff ? 'ceri@c3sc.example' : null);
      expect(newport!.name).toBe(expectations[who].newport ? 'Sam Evans' : 'Development Officer');
      expect(newport!.email).toBe(expectations[who].newport ? 'sam@gavo.example' : null);
    });
  }

  for (const who of WHO) {
    it(`${who} can find by name only the people whose names it may read ${JSON.stringify(expectations[who])}`, async () => {
      const search = (text: string) => client(who)(`{ people(filter: { text: "${text}" }) { totalCount edges { node { key } } } }`);
      const ceri = await search('Ceri Jones');
      const sam = await search('Sam Evans');
      expect(ceri.errors).toBeUndefined();
      expect(ceri.data!.people.totalCount).toBe(expectations[who].cardiff ? 1 : 0);
      expect(sam.data!.people.totalCount).toBe(expectations[who].newport ? 1 : 0);
      // roles stay searchable for everyone
      const officers = await search('Development Officer');
      expect(officers.data!.people.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(expect.arrayContaining(['person-a', 'person-b']));
    });
  }

  it('hides a person’s history (before/after) from those who may not see their name', async () => {
    const created = await client('admin')(`mutation { createPerson(input: { key: "person-c", name: "Gwen Price", email: "gwen@c3sc.example", role: "Officer", organisationKey: "org-c3sc" }) { __typename } }`);
    expect(created.data?.createPerson.__typename).toMatch(/Success$/);
    const q = `{ person(key: "person-c") { history { after } } }`;
    const adminHistory = (await client('admin')(q)).data?.person.history;
    const viewerHistory = (await client('viewer')(q)).data?.person.history;
    expect(adminHistory.some((c: { after: string | null }) => c.after?.includes('Gwen'))).toBe(true);
    expect(viewerHistory.every((c: { after: string | null }) => c.after === null)).toBe(true);
  });
});
