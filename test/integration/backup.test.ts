/**
 * The restore drill as a test: back up the demo network (with its accounts and audit trail), wipe,
 * restore, and compare counts per label and type and a sample of properties, typed values included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoUsers } from '../../server/src/auth/demo-users.ts';
import type { Database } from '../../server/src/db/database.ts';
import { generateDemoNetwork } from '../../server/src/seed/generate-demo.ts';
import { checkPassword } from '../../server/src/services/accounts.ts';
import { createBackup, restoreBackup, RestoreRefusedError } from '../../server/src/services/backup.ts';
import { seedDatabase } from '../../server/src/services/seeding.ts';
import { graphCounts } from '../../server/src/services/stats.ts';
import { resetGraph, testDatabase } from '../support/database.ts';

let db: Database;

async function sample(): Promise<unknown[]> {
  const session = db.driver.session();
  try {
    const r = await session.run(`
      MATCH (o:Organisation) WITH o ORDER BY o.id LIMIT 25
      OPTIONAL MATCH (o)-[t:TIE]->(p) WITH o, t, p ORDER BY t.id
      RETURN o.id AS id, properties(o) AS props, collect([t.id, properties(t), p.id]) AS ties`);
    const changes = await session.run('MATCH (c:Change) WITH c ORDER BY c.id LIMIT 25 RETURN properties(c) AS props');
    const users = await session.run('MATCH (u:User) RETURN properties(u) AS props ORDER BY u.id');
    return [r.records.map((x) => x.toObject()), changes.records.map((x) => x.toObject()), users.records.map((x) => x.toObject())];
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await seedDatabase(db, generateDemoNetwork(), { reset: false, actor: 'test' });
  await ensureDemoUsers(db);
}, 300_000);
afterAll(async () => {
  await db.close();
});

describe('backup and restore', () => {
  it('restores the demo network exactly, and refuses a non-empty database', async () => {
    const countsBefore = await graphCounts(db);
    const sampleBefore = await sample();
    const backup = JSON.parse(JSON.stringify(await createBackup(db))) as Awaited<ReturnType<typeof createBackup>>;
    expect(backup.counts.labels.User).toBe(5);
    expect(backup.counts.labels.Change).toBeGreaterThan(0);
    expect(JSON.stringify(backup)).not.toContain('demo-admin-cyswllt'); // hashes only, never passwords

    await expect(restoreBackup(db, backup)).rejects.toBeInstanceOf(RestoreRefusedError);

    await resetGraph(db);
    expect((await graphCounts(db)).organisations).toBe(0);
    const result = await restoreBackup(db, backup);
    expect(result).toMatchObject({ nodes: backup.counts.nodes, relationships: backup.counts.relationships, verified: true });
    expect(await graphCounts(db)).toEqual(countsBefore);
    expect(await sample()).toEqual(sampleBefore);
    // the restored accounts still sign in (their argon2 hashes came back)
    expect(await checkPassword(db, 'viewer@demo.cyswllt.cymru', 'demo-viewer-cyswllt')).toMatchObject({ role: 'viewer' });
  }, 300_000);
});
