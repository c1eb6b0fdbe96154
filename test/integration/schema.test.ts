import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaMigrations } from '@cyswllt/cypher';
import type { Database } from '../../server/src/db/database.ts';
import { applySchema, currentSchemaVersion, latestSchemaVersion, SchemaTooNewError } from '../../server/src/db/schema.ts';
import { resetGraph, testDatabase } from '../support/database.ts';

let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
});
afterAll(async () => db.close());

async function schemaShape(): Promise<string[]> {
  const session = db.driver.session();
  try {
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    const indexes = await session.run('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    return [...constraints.records, ...indexes.records].map((r) => r.get('name') as string);
  } finally {
    await session.close();
  }
}

describe('schema as code', () => {
  it('records the latest version and applies nothing the second time', async () => {
    expect(await currentSchemaVersion(db)).toBe(latestSchemaVersion());
    const before = await schemaShape();
    expect(await applySchema(db)).toEqual([]);
    expect(await schemaShape()).toEqual(before);
    expect(latestSchemaVersion()).toBe(Math.max(...schemaMigrations().map((m) => m.version)));
  });

  it('has a uniqueness constraint on every business key and the full-text name index', async () => {
    const names = await schemaShape();
    for (const key of ['area_id', 'sector_id', 'theme_id', 'organisation_id', 'person_id', 'body_id', 'seat_id',
      'collaboration_id', 'introduction_id', 'report_back_id', 'tie_id', 'organisation_charity_number']) {
      expect(names).toContain(key);
    }
    expect(names).toContain('organisation_names');
  });

  it('rejects a duplicate organisation id', async () => {
    const session = db.driver.session();
    try {
      await session.run("CREATE (:Organisation {id: 'org-dup', name: 'First'})");
      await expect(session.run("CREATE (:Organisation {id: 'org-dup', name: 'Second'})")).rejects.toThrow(
        /already exists with label `Organisation` and property `id`/,
      );
      const count = await session.run("MATCH (o:Organisation {id: 'org-dup'}) RETURN count(o) AS n");
      expect(count.records[0]?.get('n').toNumber()).toBe(1);
    } finally {
      await session.close();
    }
  });

  it('rejects a duplicate tie id', async () => {
    const session = db.driver.session();
    try {
      await session.run("CREATE (:Organisation {id: 'org-a'}), (:Organisation {id: 'org-b'})");
      await session.run("MATCH (a:Organisation {id:'org-a'}), (b:Organisation {id:'org-b'}) CREATE (a)-[:TIE {id: 'tie-1'}]->(b)");
      await expect(
        session.run("MATCH (a:Organisation {id:'org-a'}), (b:Organisation {id:'org-b'}) CREATE (b)-[:TIE {id: 'tie-1'}]->(a)"),
      ).rejects.toThrow(/already exists/);
    } finally {
      await session.close();
    }
  });

  it('refuses a database whose schema is newer than the code', async () => {
    const session = db.driver.session();
    try {
      await session.run('CREATE (:SchemaVersion {version: 999, name: "from-the-future"})');
      await expect(applySchema(db)).rejects.toBeInstanceOf(SchemaTooNewError);
      await session.run('MATCH (v:SchemaVersion {version: 999}) DELETE v');
    } finally {
      await session.close();
    }
  });
});
