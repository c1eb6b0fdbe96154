/**
 * The audit trail: every write's Change names the signed-in account; admins read the whole log,
 * others only their own writes; and nothing can edit or delete a Change - no Mutation field touches
 * Change, and no Cypher statement sets, removes or deletes on a Change (only change/record creates).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCypherFiles, QUERIES_DIR } from '../../cypher/index.ts';
import type { Database } from '../../server/src/db/database.ts';
import { schema } from '../../server/src/schema/index.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { createTestAccount, type TestAccount } from '../support/auth.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';
import { getNamedType, isObjectType, isUnionType } from '../support/schema-walk.ts';
import { smallNetwork } from '../support/small-network.ts';

let db: Database;
let admin: TestAccount;
let coordinator: TestAccount;
const as = (account: TestAccount) => graphqlClient(db, { headers: { authorization: `Bearer ${account.token}` } });

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await loadDataset(db, smallNetwork(), { actor: 'test' });
  admin = await createTestAccount(db, 'admin');
  coordinator = await createTestAccount(db, 'coordinator', { areaScopes: ['area-cardiff'] });
  for (let i = 0; i < 3; i++) {
    const r = await as(coordinator)(`mutation { createOrganisation(input: { key: "org-audit-${i}", name: "Audit ${i}", kind: tso, sectorKey: "sector-third", areaKeys: ["area-cardiff"] }) { __typename } }`);
    expect(r.data?.createOrganisation.__typename).toBe('MutationCreateOrganisationSuccess');
  }
  await as(admin)(`mutation { recordTie(input: { sourceKey: "org-audit-0", targetKey: "org-audit-1", kind: funding }, reason: "audit test") { __typename } }`);
}, 120_000);
afterAll(async () => {
  await db.close();
});

const LOG = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) { hasNextPage endCursor changes { key actor action entityType entityKey reason at } }
}`;

describe('auditLog', () => {
  it('shows an admin every write, newest first, with the actor as the account id', async () => {
    const r = await as(admin)(LOG, { filter: { entityType: 'Tie' } });
    expect(r.errors).toBeUndefined();
    const [first] = r.data!.auditLog.changes;
    expect(first).toMatchObject({ actor: admin.id, action: 'create', entityType: 'Tie', reason: 'audit test' });
  });

  it('filters by actor and pages with a cursor', async () => {
    const page1 = await as(admin)(LOG, { filter: { actor: coordinator.id, entityType: 'Organisation' }, first: 2 });
    expect(page1.data!.auditLog.changes).toHaveLength(2);
    expect(page1.data!.auditLog.hasNextPage).toBe(true);
    const page2 = await as(admin)(LOG, { filter: { actor: coordinator.id, entityType: 'Organisation' }, first: 2, after: page1.data!.auditLog.endCursor });
    expect(page2.data!.auditLog.changes).toHaveLength(1);
    expect(page2.data!.auditLog.hasNextPage).toBe(false);
    const keys = [...page1.data!.auditLog.changes, ...page2.data!.auditLog.changes].map((c: { entityKey: string }) => c.entityKey).sort();
    expect(keys).toEqual(['org-audit-0', 'org-audit-1', 'org-audit-2']);
  });

  it('filters by time', async () => {
    const future = await as(admin)(LOG, { filter: { from: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(future.data!.auditLog.changes).toEqual([]);
  });

  it('shows anyone else only their own writes, whatever actor they ask for', async () => {
    const r = await as(coordinator)(LOG, { filter: { actor: admin.id } });
    const actors = new Set(r.data!.auditLog.changes.map((c: { actor: string }) => c.actor));
    expect([...actors]).toEqual([coordinator.id]);
  });

  it('is refused to anonymous callers', async () => {
    const r = await graphqlClient(db, { as: 'anonymous' })(LOG);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a Change cannot be edited or deleted', () => {
  it('no Mutation field returns, takes or is named for a Change', () => {
    const mutations: any[] = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(10);
    for (const field of mutations) {
      expect(field.name).not.toMatch(/change|audit|history/i);
      const returned = getNamedType(field.type);
      const members: any[] = isUnionType(returned) ? returned.getTypes() : [returned];
      for (const member of members) {
        expect(member.name).not.toBe('Change');
        if (isObjectType(member) && member.name.endsWith('Success')) expect(getNamedType(member.getFields().data!.type).name).not.toBe('Change');
      }
      for (const arg of field.args) expect(getNamedType(arg.type).name).not.toMatch(/^Change/);
    }
  });

  it('no Cypher statement sets, removes, merges or deletes on a :Change (only change/record creates one)', () => {
    // stats/wipe empties a test or `seed --reset` database; backup/restore-* recreate a backup into
    // an EMPTY database. Neither is reachable from the API.
    const exempt = new Set(['stats/wipe', 'backup/restore-nodes', 'backup/restore-relationships', 'backup/restore-finish']);
    const creators: string[] = [];
    for (const [name, text] of listCypherFiles(QUERIES_DIR)) {
      if (exempt.has(name)) continue;
      const code = text.replace(/\/\/.*$/gm, '');
      const variables = [...code.matchAll(/\((\w+):Change\b/g)].map((m) => m[1]!);
      for (const v of variables) {
        expect(code, name).not.toMatch(new RegExp(`\\b(SET|REMOVE)\\s+${v}\\b|\\bDELETE\\s+${v}\\b|DETACH\\s+DELETE\\s+${v}\\b|SET\\s+[^\\n]*\\b${v}\\.`, 'i'));
      }
      if (/MERGE\s*\(\w*:Change/i.test(code)) throw new Error(`${name} MERGEs a Change`);
      if (/CREATE\s*\(\w*:Change/i.test(code)) creators.push(name);
      // An unlabelled DELETE could still reach a Change: only the wipe may delete nodes wholesale.
      if (/DETACH\s+DELETE/i.test(code)) expect(code, name).not.toMatch(/MATCH\s*\(\w+\)\s*(WHERE|CALL|DETACH)/i);
    }
    expect(creators).toEqual(['change/record']);
  });
});
