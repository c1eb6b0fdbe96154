/**
 * Shared by the proof scripts (pnpm test:load / test:faults / test:fuzz): a throwaway Neo4j in a
 * temp folder, the server in-process on 127.0.0.1 (rate limits off: these measure the system, not
 * the limiter), an admin API token, latency statistics, and writing results into docs/reliability.md.
 */
import { availableParallelism, loadavg } from 'node:os';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trustedActor } from '../../server/src/auth/actor.ts';
import { REPO_ROOT } from '../../server/src/db/config.ts';
import { Database } from '../../server/src/db/database.ts';
import { freePort, startThrowawayNeo4j } from '../../server/src/db/local-neo4j.ts';
import { applySchema } from '../../server/src/db/schema.ts';
import { createHttpServer } from '../../server/src/http/server.ts';
import { createApiToken, createUser } from '../../server/src/services/accounts.ts';

export interface Stack {
  db: Database;
  url: string;
  token: string;
  neo4j: { child: ChildProcess; home: string; boltPort: number; password: string; heapMiB: number; pageCacheMiB: number };
  server: Server;
  stop: () => Promise<void>;
}

export async function startStack(options: { heapMiB?: number; pageCacheMiB?: number } = {}): Promise<Stack> {
  const home = mkdtempSync(join(tmpdir(), 'cyswllt-proof-neo4j-'));
  const boltPort = await freePort();
  const password = 'cyswllt-proof';
  const heapMiB = options.heapMiB ?? 1024;
  const pageCacheMiB = options.pageCacheMiB ?? 512;
  const child = await startThrowawayNeo4j({ home, boltPort, heapMiB, pageCacheMiB, password });
  const db = new Database({ uri: `bolt://127.0.0.1:${boltPort}`, username: 'neo4j', password, local: false });
  await applySchema(db);
  const admin = await createUser(db, { email: 'proof-admin@proof.invalid', name: 'Proof admin', role: 'admin', password: 'proof-admin-password', areaScopes: [], bodyScopes: [] }, 'proof');
  const { token } = await createApiToken(db, trustedActor('admin', {}, 'proof'), { name: 'proof', userId: admin.id });
  const server = createHttpServer({ db, development: false, rateLimits: null });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const neo4j = { child, home, boltPort, password, heapMiB, pageCacheMiB };
  return {
    db, url, token, neo4j, server,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await db.close().catch(() => {});
      if (neo4j.child.exitCode === null) {
        const exited = new Promise((r) => neo4j.child.once('exit', r));
        neo4j.child.kill('SIGTERM');
        await exited;
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** peak resident memory of the server process so far (VmHWM) */
  peakRssMiB: () => number;
  stop: () => Promise<void>;
}

/**
 * The server as its own process (`NODE_ENV=production`, as deployed) on the stack's Neo4j, rate limits
 * lifted: the load proof must not share an event loop with the clients that measure it.
 */
export async function startServerProcess(stack: Stack, env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/src/http/index.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      NEO4J_URI: `bolt://127.0.0.1:${stack.neo4j.boltPort}`,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: stack.neo4j.password,
      CYSWLLT_RATE_IP_BURST: '1000000000',
      CYSWLLT_RATE_IP_PER_SECOND: '1000000000',
      CYSWLLT_RATE_USER_BURST: '1000000000',
      CYSWLLT_RATE_USER_PER_SECOND: '1000000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 180_000;
  while (!output.includes('Cyswllt is serving')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = child.pid!;
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    peakRssMiB: () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface GqlOutcome {
  status: number;
  ms: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } | null;
}

export async function gql(stack: Pick<Stack, 'url' | 'token'>, query: string, variables: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<GqlOutcome> {
  const started = performance.now();
  try {
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: GqlOutcome['body'] = null;
    try {
      body = JSON.parse(text) as GqlOutcome['body'];
    } catch {
      body = null;
    }
    return { status: res.status, ms: performance.now() - started, body };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, body: { errors: [{ message: String(error) }] } };
  }
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function latencySummary(ms: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { n: sorted.length, p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), p99: r(percentile(sorted, 99)), max: r(sorted[sorted.length - 1] ?? NaN) };
}

const RELIABILITY = join(REPO_ROOT, 'docs', 'reliability.md');

/** Replaces the block between <!-- proof:NAME --> markers in docs/reliability.md (appends it if absent). */
export function writeResults(name: string, markdown: string): void {
  const start = `<!-- proof:${name} -->`;
  const end = `<!-- /proof:${name} -->`;
  let doc = readFileSync(RELIABILITY, 'utf8');
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  doc = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(RELIABILITY, doc);
  console.log(`Results written to docs/reliability.md (${name}).`);
}

export function machineLine(): string {
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}`;
}
