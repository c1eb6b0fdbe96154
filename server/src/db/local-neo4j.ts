/**
 * The embedded default: a Neo4j 5.26 Community process of our own, fetched from Maven Central by
 * tools/neo4j (pom.xml) and started with its tiny launcher, listening for Bolt on 127.0.0.1 only.
 * Its store lives in a project-local folder (.data/neo4j by default) so data survives restarts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT, type LocalNeo4jConfig } from './config.ts';

const TOOL_DIR = join(REPO_ROOT, 'tools', 'neo4j');
const LIB_DIR = join(TOOL_DIR, 'target', 'lib');
const CLASSES_DIR = join(TOOL_DIR, 'target', 'classes');
const MAIN_CLASS = 'cymru.cyswllt.neo4j.LocalNeo4j';

export class LocalNeo4jError extends Error {}

function pidFile(config: LocalNeo4jConfig): string {
  return join(config.home, 'neo4j.pid');
}
function logFile(config: LocalNeo4jConfig): string {
  return join(config.home, 'neo4j.log');
}

function requireCommand(command: string, args: string[], help: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) throw new LocalNeo4jError(help);
}

/** Fetches Neo4j from Maven Central and compiles the launcher, once. */
export function ensureNeo4jBuilt(log: (line: string) => void = console.log): void {
  requireCommand(
    'java',
    ['-version'],
    'Java 17 is needed to run the local Neo4j but `java` was not found on PATH. Install a JDK 17 ' +
      '(Debian: apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use another Neo4j.',
  );
  if (existsSync(join(CLASSES_DIR, ...MAIN_CLASS.split('.')) + '.class') && existsSync(LIB_DIR)) return;
  requireCommand(
    'mvn',
    ['-v'],
    'Maven is needed once to fetch Neo4j from Maven Central but `mvn` was not found on PATH ' +
      '(Debian: apt-get install maven), or set NEO4J_URI to use another Neo4j.',
  );
  log('Fetching Neo4j 5.26 from Maven Central (first run only)...');
  const build = spawnSync('mvn', ['-B', '-q', '-DskipTests', 'package'], { cwd: TOOL_DIR, stdio: 'inherit' });
  if (build.status !== 0) throw new LocalNeo4jError('Building tools/neo4j with Maven failed (see the output above).');
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function runningPid(config: LocalNeo4jConfig): number | null {
  if (!existsSync(pidFile(config))) return null;
  const pid = Number(readFileSync(pidFile(config), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? pid : null;
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

/** A port the OS says is free right now (for throwaway instances). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function boltAnswers(port: number): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolveAnswer(true);
    });
    socket.once('error', () => resolveAnswer(false));
  });
}

function javaArgs(config: LocalNeo4jConfig): string[] {
  return [
    `-Xms${config.heapMiB}m`,
    `-Xmx${config.heapMiB}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${CLASSES_DIR}:${LIB_DIR}/*`,
    MAIN_CLASS,
    config.home,
    String(config.boltPort),
    String(config.pageCacheMiB),
    config.password,
  ];
}

async function waitUntilReady(
  config: LocalNeo4jConfig,
  child: ChildProcess,
  readLog: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new LocalNeo4jError(`Neo4j exited with code ${exited} while starting. Its log:\n${readLog().slice(-4000)}`);
    }
    if (readLog().includes('CYSWLLT_NEO4J_READY') && (await boltAnswers(config.boltPort))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new LocalNeo4jError(`Neo4j did not become ready within ${timeoutMs / 1000}s. Its log:\n${readLog().slice(-4000)}`);
}

async function checkPort(config: LocalNeo4jConfig): Promise<void> {
  if (!(await portIsFree(config.boltPort))) {
    throw new LocalNeo4jError(
      `Port ${config.boltPort} on 127.0.0.1 is already in use by another program, so the local Neo4j cannot ` +
        'listen there. Stop that program, choose another port with CYSWLLT_NEO4J_PORT, or set NEO4J_URI ' +
        'to use the Neo4j that is already running.',
    );
  }
}

export interface StartResult {
  pid: number;
  alreadyRunning: boolean;
}

/** Starts the project's Neo4j in the background (it outlives this process); `db:stop` ends it. */
export async function startLocalNeo4j(
  config: LocalNeo4jConfig,
  log: (line: string) => void = console.log,
): Promise<StartResult> {
  const existing = runningPid(config);
  if (existing) return { pid: existing, alreadyRunning: true };
  ensureNeo4jBuilt(log);
  await checkPort(config);
  mkdirSync(config.home, { recursive: true });
  const out = openSync(logFile(config), 'w');
  log(`Starting Neo4j 5.26 on bolt://127.0.0.1:${config.boltPort} (heap ${config.heapMiB} MiB, page cache ${config.pageCacheMiB} MiB, data in ${config.home})`);
  const child = spawn('java', javaArgs(config), { detached: true, stdio: ['ignore', out, out] });
  await waitUntilReady(config, child, () => readFileSync(logFile(config), 'utf8'), 180_000);
  child.unref();
  writeFileSync(pidFile(config), String(child.pid));
  const memory = /CYSWLLT_NEO4J_MEMORY (.*)/.exec(readFileSync(logFile(config), 'utf8'));
  log(`Neo4j is ready (pid ${child.pid}; ${memory?.[1] ?? ''}).`);
  return { pid: child.pid!, alreadyRunning: false };
}

/** Asks the local Neo4j to shut down cleanly and waits for it, so its store is consistent. */
export async function stopLocalNeo4j(config: LocalNeo4jConfig, timeoutMs = 60_000): Promise<boolean> {
  const pid = runningPid(config);
  if (!pid) {
    rmSync(pidFile(config), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile(config), { force: true });
  return true;
}

/** A Neo4j tied to this process (tests, benchmarks): killed with it, store thrown away by the caller. */
export async function startThrowawayNeo4j(config: LocalNeo4jConfig): Promise<ChildProcess> {
  ensureNeo4jBuilt();
  await checkPort(config);
  mkdirSync(config.home, { recursive: true });
  let output = '';
  const child = spawn('java', javaArgs(config), { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await waitUntilReady(config, child, () => output, 180_000);
  return child;
}
