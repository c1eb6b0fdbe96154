/**
 * API benchmark: on a generated network of 50,000 organisations and ~250,000 ties in a throwaway
 * Neo4j, each scenario's latency through the GraphQL endpoint of a real server process (HTTP +
 * GraphQL + service) against calling the same service function directly in this process (no HTTP,
 * no GraphQL), in the same run; and the server's peak resident memory.
 *
 *   pnpm bench api            (BENCH_API_ORGS=50000, BENCH_API_REQUESTS=200 by default)
 *
 * While iterating, BENCH_API_NEO4J_URI and BENCH_API_NEO4J_PASSWORD point it at a running Neo4j that
 * already holds generateScaleNetwork(BENCH_API_ORGS) (no start, no seeding); figures for the docs
 * come from a full run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../server/src/db/config.ts';
import { Database } from '../server/src/db/database.ts';
import { freePort, startThrowawayNeo4j } from '../server/src/db/local-neo4j.ts';
import { applySchema } from '../server/src/db/schema.ts';
import { generateScaleNetwork } from '../server/src/seed/generate-scale.ts';
import { loadSubnetwork } from '../server/src/services/network.ts';
import { organisationsByKeys, searchOrganisations } from '../server/src/services/organisations.ts';
import { seedDatabase } from '../server/src/services/seeding.ts';
import { API_SCENARIOS_EXTRA } from './api-scenarios.ts';

export interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  direct: (db: Database) => Promise<unknown>;
}

const AS_OF = '2026-11-01';

const CORE_SCENARIOS: Scenario[] = [
  {
    name: 'organisation by key',
    query: 'query($k: String!) { organisation(key: $k) { key name sector { name } areas { key } } }',
    variables: { k: 'org-c3sc' },
    direct: (db) => organisationsByKeys(db, ['org-c3sc']),
  },
  {
    name: 'search "community"',
    query: 'query { searchOrganisations(text: "community", limit: 20) { organisation { key name } score } }',
    variables: {},
    direct: (db) => searchOrganisations(db, 'community', null, 20),
  },
  {
    name: 'network of one local authority',
    query: `query { network(filter: { areaId: "area-ceredigion" }, asOf: "${AS_OF}") { nodes { id sectorId } edges { source target } } }`,
    variables: {},
    direct: (db) => loadSubnetwork(db, { areaId: 'area-ceredigion', asOf: AS_OF }),
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeIt(n: number, run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/**
 * Times two paths in alternation (a b, b a, a b, ...) so that both see the same machine: on two
 * shared cores, running one path's 200 calls and then the other's lets drift decide the ratio.
 */
async function timeInterleaved(n: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number[], number[]]> {
  const times: [number[], number[]] = [[], []];
  const timed = async (run: () => Promise<unknown>, into: number[]) => {
    const start = performance.now();
    await run();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      await timed(a, times[0]);
      await timed(b, times[1]);
    } else {
      await timed(b, times[1]);
      await timed(a, times[0]);
    }
  }
  return [times[0].sort((x, y) => x - y), times[1].sort((x, y) => x - y)];
}

function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/http/index.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 120_000;
  while (!output.includes('Cyswllt is serving')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return child;
}

export async function benchApi(): Promise<void> {
  const organisations = Number(process.env.BENCH_API_ORGS ?? 50_000);
  const requests = Number(process.env.BENCH_API_REQUESTS ?? 200);
  const reuse = process.env.BENCH_API_NEO4J_URI;
  const home = reuse ? null : mkdtempSync(join(tmpdir(), 'cyswllt-bench-api-'));
  const boltPort = await freePort();
  const password = reuse ? (process.env.BENCH_API_NEO4J_PASSWORD ?? '') : 'bench-api';
  const neo4j = home ? await startThrowawayNeo4j({ home, boltPort, heapMiB: 3072, pageCacheMiB: 2048, password }) : null;
  const env = { NEO4J_URI: reuse ?? `bolt://127.0.0.1:${boltPort}`, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password };
  const db = new Database({ uri: env.NEO4J_URI, username: 'neo4j', password, local: false });
  let server: ChildProcess | undefined;
  try {
    await applySchema(db);
    if (!reuse) {
      const dataset = generateScaleNetwork(organisations);
      const loadStart = performance.now();
      const counts = await seedDatabase(db, dataset, { reset: false, actor: 'bench' });
      console.log(`Loaded ${counts.organisations} organisations and ${counts.ties} ties in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
    }

    const port = await freePort();
    server = await startServer(env, port);
    const url = `http://127.0.0.1:${port}/graphql`;
    const viaHttp = (s: Scenario) => async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: s.query, variables: s.variables }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${s.name}: ${JSON.stringify(body.errors)}`);
    };

    const rows: string[] = [];
    const only = process.env.BENCH_API_ONLY;
    for (const s of [...CORE_SCENARIOS, ...API_SCENARIOS_EXTRA].filter((x) => !only || x.name.includes(only))) {
      const first = await timeIt(1, viaHttp(s));
      console.log(`${s.name}: first request through GraphQL ${first[0]!.toFixed(0)} ms`);
      await timeIt(20, viaHttp(s)); // warm caches and query plans on both paths
      await timeIt(20, () => s.direct(db));
      const [api, direct] = await timeInterleaved(requests, viaHttp(s), () => s.direct(db));
      const ratio = percentile(api, 95) / percentile(direct, 95);
      rows.push(`| ${s.name} | ${percentile(api, 50).toFixed(1)} | ${percentile(api, 95).toFixed(1)} | ${percentile(direct, 50).toFixed(1)} | ${percentile(direct, 95).toFixed(1)} | ${ratio.toFixed(2)} |`);
    }
    const rss = peakRssMiB(server.pid!);
    console.log(`\n${organisations} organisations, ${requests} sequential requests per scenario after warm-up; times in ms\n`);
    console.log('| scenario | GraphQL p50 | GraphQL p95 | direct p50 | direct p95 | p95 ratio |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
    console.log(`\nServer peak resident memory: ${rss.toFixed(0)} MiB (target < 1536 MiB)`);
  } finally {
    server?.kill('SIGTERM');
    await db.close();
    if (neo4j && home) {
      neo4j.kill('SIGTERM');
      await new Promise((r) => neo4j.once('exit', r));
      rmSync(home, { recursive: true, force: true });
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchApi();
