/**
 * `npm start` / `pnpm start` (after scripts/setup.sh): builds the web app if its sources changed,
 * connects to Neo4j (starting the local one when NEO4J_URI is unset), applies the schema, seeds the
 * demo network into an empty database, and serves the API and web app.
 */
import { demoSignInHelp, ensureDemoUsers, ensureFirstAdmin } from '../auth/demo-users.ts';
import { localNeo4jConfig } from '../db/config.ts';
import { connect } from '../db/connect.ts';
import { stopLocalNeo4j } from '../db/local-neo4j.ts';
import { generateDemoNetwork } from '../seed/generate-demo.ts';
import { isEmpty, seedDatabase } from '../services/seeding.ts';
import { graphCounts } from '../services/stats.ts';
import { createHttpServer } from './server.ts';
import { ensureWebBuilt } from './web-build.ts';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '127.0.0.1';
  ensureWebBuilt(console.log);
  const { db, startedLocal } = await connect();
  const url = `http://${host}:${port}/`;
  if (await isEmpty(db)) {
    console.log('The database is empty: loading the demo network...');
    await seedDatabase(db, generateDemoNetwork(), { reset: false, actor: 'system:first-start' });
    if (await ensureDemoUsers(db, 'system:first-start')) console.log(demoSignInHelp(url));
  }
  // No accounts at all (a real database): one admin with a random password, printed once.
  await ensureFirstAdmin(db, console.log, url);
  const counts = await graphCounts(db);
  console.log(`Network: ${counts.organisations} organisations, ${counts.ties} ties, ${counts.bodies} bodies, ${counts.seats} seats.`);
  const server = createHttpServer({ db });
  server.listen(port, host, () => {
    console.log(`Cyswllt is serving http://${host}:${port}/ (GraphQL at /graphql)`);
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down...`);
    server.close();
    await db.close();
    // Only stop the Neo4j this process started; one started by `pnpm db:start` keeps running.
    if (startedLocal) {
      console.log('Stopping the local Neo4j (it writes a checkpoint first; this can take a while)...');
      await stopLocalNeo4j(localNeo4jConfig());
      console.log('Stopped.');
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
