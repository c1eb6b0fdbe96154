/** `cyswllt db start|stop|status`: the project's local Neo4j (unused when NEO4J_URI is set). */
import { databaseConfig, localNeo4jConfig } from '../db/config.ts';
import { runningPid, startLocalNeo4j, stopLocalNeo4j } from '../db/local-neo4j.ts';

export async function runDb(argv: string[]): Promise<number> {
  const [action] = argv;
  if (databaseConfig().local === false) {
    console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): Cyswllt uses that server and runs no local Neo4j.`);
    return action === 'status' ? 0 : 1;
  }
  const config = localNeo4jConfig();
  switch (action) {
    case 'start': {
      const result = await startLocalNeo4j(config);
      if (result.alreadyRunning) console.log(`The local Neo4j is already running (pid ${result.pid}).`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j(config);
      console.log(stopped ? 'The local Neo4j has stopped.' : 'The local Neo4j was not running.');
      return 0;
    }
    case 'status': {
      const pid = runningPid(config);
      console.log(
        pid
          ? `The local Neo4j is running (pid ${pid}) on bolt://127.0.0.1:${config.boltPort}, data in ${config.home}.`
          : `The local Neo4j is not running (data folder ${config.home}).`,
      );
      return pid ? 0 : 3;
    }
    default:
      console.error('Usage: pnpm cyswllt db start|stop|status');
      return 2;
  }
}
