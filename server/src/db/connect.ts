/**
 * Opens the database the configuration names: the project's own local Neo4j (started here if it is
 * not running) when NEO4J_URI is unset, or the given server otherwise. Applies the schema.
 */
import { databaseConfig, localNeo4jConfig } from './config.ts';
import { Database } from './database.ts';
import { startLocalNeo4j } from './local-neo4j.ts';
import { applySchema } from './schema.ts';

export interface Connection {
  db: Database;
  /** true when this call started the local Neo4j (so whoever called may stop it on exit) */
  startedLocal: boolean;
}

export async function connect(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): Promise<Connection> {
  const config = databaseConfig(env);
  let startedLocal = false;
  if (config.local) {
    const started = await startLocalNeo4j(localNeo4jConfig(env), log);
    startedLocal = !started.alreadyRunning;
  } else {
    log(`Using the Neo4j at ${config.uri} (NEO4J_URI); no local database is started.`);
  }
  const db = new Database(config);
  await db.verifyConnectivity();
  const applied = await applySchema(db);
  if (applied.length) log(`Applied schema versions ${applied.join(', ')}.`);
  return { db, startedLocal };
}
