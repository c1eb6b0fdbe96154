/** Per-file access to the suite's Neo4j: a connected Database and a way to start from an empty graph. */
import { inject } from 'vitest';
import { Database } from '../../server/src/db/database.ts';
import { applySchema } from '../../server/src/db/schema.ts';
import { wipeGraph } from '../../server/src/services/seeding.ts';

export function testDatabase(): Database {
  const target = inject('neo4j');
  return new Database({ uri: target.uri, username: target.username, password: target.password, local: false });
}

/** Empties the graph (schema stays) so each test file starts clean. */
export async function resetGraph(db: Database): Promise<void> {
  await wipeGraph(db);
  await applySchema(db);
}
