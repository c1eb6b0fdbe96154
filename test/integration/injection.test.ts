/**
 * Injection: Cypher and Lucene metacharacters, quotes and comment tricks fed through EVERY String
 * argument (at any depth of input objects) of EVERY query and mutation field, found by walking the
 * schema. Nothing may be deleted, no request may fail with a 5xx or an unexpected (masked) error.
 * Queries are parameterised throughout (db/database.ts runs only named .cypher files with
 * parameters), and full-text search escapes Lucene syntax; this proves it from the outside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { createGraphqlHandler } from '../../server/src/http/yoga.ts';
import { trustedActor } from '../../server/src/auth/actor.ts';
import { schema } from '../../server/src/schema/index.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { argsWith, documentFor, fieldOf, stringSlots } from '../support/schema-walk.ts';
import { smallNetwork } from '../support/small-network.ts';

export const INJECTIONS = [
  `"}) DETACH DELETE n //`,
  `' OR 1=1 WITH n MATCH (m) DETACH DELETE m //`,
  "org-c3sc'}) MATCH (x) DETACH DELETE x RETURN 1 AS key //",
  '*:* OR name:* AND -"(" ~ ^ [ ] { } \\ / ? :',
  '$param ${x} `backtick` \u0000 \u202e',
  'CALL db.labels() YIELD label RETURN label; MATCH (n) DETACH DELETE n',
];

let db: Database;

async function counts(): Promise<Record<string, number>> {
  const session = db.driver.session();
  try {
    const r = await session.run('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c');
    const rels = await session.run('MATCH ()-[r]->() RETURN count(r) AS c');
    return { ...Object.fromEntries(r.records.map((x) => [x.get('l') as string, (x.get('c') as { toNumber(): number }).toNumber()])), relationships: (rels.records[0]!.get('c') as { toNumber(): number }).toNumber() };
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await loadDataset(db, smallNetwork(), { actor: 'test' });
}, 120_000);
afterAll(async () => {
  await db.close();
});

describe('injection through every String argument', () => {
  const slots = stringSlots(schema);

  it('finds String arguments on many query and mutation fields', () => {
    expect(new Set(slots.filter((s) => s.operation === 'query').map((s) => s.field)).size).toBeGreaterThan(10);
    expect(new Set(slots.filter((s) => s.operation === 'mutation').map((s) => s.field)).size).toBeGreaterThan(10);
  });

  it('deletes nothing and never answers 5xx or an unexpected error, as admin', async () => {
    const yoga = createGraphqlHandler({ db, development: true, perUserLimit: null, actAs: trustedActor('admin', {}, 'test:injection') });
    const before = await counts();
    const problems: string[] = [];
    for (const slot of slots) {
      const field = fieldOf(schema, slot.operation, slot.field);
      for (const payload of INJECTIONS) {
        const variables = argsWith(field, slot.path, payload);
        const query = documentFor(slot.operation, field, variables);
        const res = await yoga.fetch('http://cyswllt.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        const unexpected = (body.errors ?? []).filter((e) => e.message === 'Unexpected error.');
        if (res.status >= 500 || unexpected.length) problems.push(`${slot.operation} ${slot.field}.${slot.path.join('.')}: HTTP ${res.status} ${JSON.stringify(body.errors)}`);
      }
    }
    expect(problems).toEqual([]);
    const after = await counts();
    for (const [label, n] of Object.entries(before)) expect(after[label] ?? 0, label).toBeGreaterThanOrEqual(n);
    const session = db.driver.session();
    try {
      const sentinel = await session.run("MATCH (o:Organisation {id: 'org-c3sc'})-[t:TIE]-() RETURN count(t) AS c");
      expect((sentinel.records[0]!.get('c') as { toNumber(): number }).toNumber()).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  }, 600_000);
});
