/**
 * Where the database is. With NEO4J_URI unset, Cyswllt runs its own local Neo4j (the embedded
 * default); with it set, it uses that server (Docker, Aura, a cluster) and starts nothing.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export interface DatabaseConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** true when we run the Neo4j ourselves (NEO4J_URI unset) */
  local: boolean;
}

export interface LocalNeo4jConfig {
  home: string;
  boltPort: number;
  heapMiB: number;
  pageCacheMiB: number;
  password: string;
}

/**
 * Sized for the 2-core, 24 GiB machine this ships on: a 4 GiB heap and a 4 GiB page cache hold the
 * 50k-organisation benchmark network in memory with room for the app server and the browser.
 */
export function localNeo4jConfig(env: NodeJS.ProcessEnv = process.env): LocalNeo4jConfig {
  return {
    home: resolve(env.CYSWLLT_DATA_DIR ?? join(REPO_ROOT, '.data', 'neo4j')),
    boltPort: Number(env.CYSWLLT_NEO4J_PORT ?? 7687),
    heapMiB: Number(env.CYSWLLT_NEO4J_HEAP_MIB ?? 4096),
    pageCacheMiB: Number(env.CYSWLLT_NEO4J_PAGECACHE_MIB ?? 4096),
    password: env.CYSWLLT_NEO4J_PASSWORD ?? 'cyswllt-local',
  };
}

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
      local: false,
    };
  }
  const local = localNeo4jConfig(env);
  return {
    uri: `bolt://127.0.0.1:${local.boltPort}`,
    username: 'neo4j',
    password: local.password,
    local: true,
  };
}
