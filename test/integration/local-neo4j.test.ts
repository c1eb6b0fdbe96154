import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { databaseConfig, REPO_ROOT, type LocalNeo4jConfig } from '../../server/src/db/config.ts';
import { connect } from '../../server/src/db/connect.ts';
import { Database } from '../../server/src/db/database.ts';
import { freePort, LocalNeo4jError, runningPid, startLocalNeo4j, stopLocalNeo4j } from '../../server/src/db/local-neo4j.ts';

const homes: string[] = [];
afterAll(() => homes.forEach((h) => rmSync(h, { recursive: true, force: true })));

async function localConfig(): Promise<LocalNeo4jConfig> {
  const home = mkdtempSync(join(tmpdir(), 'cyswllt-local-'));
  homes.push(home);
  return { home, boltPort: await freePort(), heapMiB: 512, pageCacheMiB: 128, password: 'restart-test' };
}

function open(config: LocalNeo4jConfig): Database {
  return new Database({ uri: `bolt://127.0.0.1:${config.boltPort}`, username: 'neo4j', password: config.password, local: true });
}

describe('the local Neo4j', () => {
  it('keeps its data across a stop and a start, listening on 127.0.0.1 only', async () => {
    const config = await localConfig();
    const quiet = () => undefined;
    await startLocalNeo4j(config, quiet);
    expect(runningPid(config)).not.toBeNull();
    let db = open(config);
    const session = db.driver.session();
    await session.run("CREATE (:Organisation {id: 'org-survivor', name: 'Survives restarts'})");
    await session.close();
    await db.close();

    expect(await startLocalNeo4j(config, quiet)).toMatchObject({ alreadyRunning: true });
    expect(await stopLocalNeo4j(config)).toBe(true);
    expect(runningPid(config)).toBeNull();

    await startLocalNeo4j(config, quiet);
    db = open(config);
    const again = db.driver.session();
    const found = await again.run("MATCH (o:Organisation {id: 'org-survivor'}) RETURN o.name AS name");
    expect(found.records[0]?.get('name')).toBe('Survives restarts');
    await again.close();
    await db.close();
    const ss = spawnSync('ss', ['-ltnH', `sport = :${config.boltPort}`], { encoding: 'utf8' });
    if (ss.status === 0) {
      // Column 4 of `ss -ltn` is the local address the socket is bound to.
      const local = ss.stdout.trim().split(/\s+/)[3] ?? '';
      expect(local).toMatch(new RegExp(`^(\\[::ffff:)?127\\.0\\.0\\.1\\]?:${config.boltPort}$`));
    }
    await stopLocalNeo4j(config);
  }, 300_000);

  it('says clearly when the port is taken', async () => {
    const config = await localConfig();
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(config.boltPort, '127.0.0.1', r));
    try {
      await expect(startLocalNeo4j(config, () => undefined)).rejects.toThrow(LocalNeo4jError);
      await expect(startLocalNeo4j(config, () => undefined)).rejects.toThrow(/Port \d+ on 127\.0\.0\.1 is already in use/);
    } finally {
      blocker.close();
    }
  });

  it('exits non-zero with a clear message when Java is missing', () => {
    const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const result = spawnSync(process.execPath, [tsx, 'server/src/cli/index.ts', 'db', 'start'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { HOME: process.env.HOME, PATH: '/nonexistent', CYSWLLT_DATA_DIR: join(tmpdir(), 'cyswllt-no-java') },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Java 17 is needed to run the local Neo4j/);
  });
});

describe('NEO4J_URI', () => {
  it('points the app at another Neo4j and starts none', async () => {
    const target = inject('neo4j');
    const dataDir = mkdtempSync(join(tmpdir(), 'cyswllt-unused-'));
    homes.push(dataDir);
    const env = { NEO4J_URI: target.uri, NEO4J_USERNAME: target.username, NEO4J_PASSWORD: target.password, CYSWLLT_DATA_DIR: dataDir };
    expect(databaseConfig(env)).toMatchObject({ uri: target.uri, local: false });
    const { db, startedLocal } = await connect(env, () => undefined);
    try {
      expect(startedLocal).toBe(false);
      expect(existsSync(join(dataDir, 'neo4j.pid'))).toBe(false);
      const rows = await db.read<{ version: number }>('schema/current-version');
      expect(rows[0]!.version).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });
});
