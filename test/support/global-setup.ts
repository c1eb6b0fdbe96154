/**
 * Brings up the Neo4j the integration and e2e suites talk to: a throwaway local Neo4j in a temp
 * folder on a free port (deleted afterwards), or the server named by NEO4J_TEST_URI. Tests empty
 * that database, so it is a separate variable from the app's NEO4J_URI on purpose.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startThrowawayNeo4j } from '../../server/src/db/local-neo4j.ts';
import { Database } from '../../server/src/db/database.ts';
import { applySchema } from '../../server/src/db/schema.ts';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  /** set when the suite runs its own Neo4j: its store folder, for restart tests */
  home?: string;
  boltPort?: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let child: ChildProcess | undefined;
  let home: string | undefined;
  let target: TestNeo4j;
  if (process.env.NEO4J_TEST_URI) {
    target = {
      uri: process.env.NEO4J_TEST_URI,
      username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
    };
  } else {
    home = mkdtempSync(join(tmpdir(), 'cyswllt-test-neo4j-'));
    const boltPort = await freePort();
    const password = 'cyswllt-test';
    child = await startThrowawayNeo4j({ home, boltPort, heapMiB: 1024, pageCacheMiB: 512, password });
    target = { uri: `bolt://127.0.0.1:${boltPort}`, username: 'neo4j', password, home, boltPort };
  }
  const db = new Database({ uri: target.uri, username: target.username, password: target.password, local: false });
  await applySchema(db);
  await db.close();
  project.provide('neo4j', target);

  return async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    if (home) rmSync(home, { recursive: true, force: true });
  };
}
