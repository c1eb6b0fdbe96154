/**
 * Analytics benchmark: `cyswllt analyse --json` (TypeScript) against tools/networkx/analyse.py
 * (networkx computing the same metrics) on the same generated CSV files.
 *
 *   pnpm exec tsx bench/analytics.ts        (or `pnpm bench analytics`)
 *
 * Environment:
 *   BENCH_SIZES        comma-separated organisation counts (default 1000,5000,20000)
 *   BENCH_NX_MAX_N     largest size networkx is run on (default 5000: at 20 000 networkx takes
 *                      many minutes); set to 20000 to include it
 *   BENCH_NX_TIMEOUT   seconds before a networkx run is stopped (default 1200)
 *   PYTHON             python executable (default python3)
 *
 * Wall time is measured around each child process; peak RSS with GNU time (`/usr/bin/time`,
 * Debian package `time`), "n/a" when that is not installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from '../server/src/analytics/louvain.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GNU_TIME = '/usr/bin/time';
const AREAS = 22; // Wales' local authorities
const SECTORS = ['public', 'third', 'private', 'education', 'health', 'culture'];
const MEAN_DEGREE = 5;

/**
 * A deterministic partnership-like network: organisations spread over 22 areas; ~5 ties each
 * on average; 75% of ties stay inside the area, 25% cross areas; a third of ties close a
 * triangle (partner of a partner), giving clustering comparable to real partnership data.
 */
export function generateNetwork(n: number, seed = n): { orgs: string; ties: string; m: number } {
  const rng = mulberry32(seed);
  const pick = (k: number): number => Math.floor(rng() * k);
  const area = new Int32Array(n);
  const members: number[][] = Array.from({ length: AREAS }, () => []);
  const orgLines = ['id,name,sector,area'];
  for (let v = 0; v < n; v++) {
    const a = pick(AREAS);
    area[v] = a;
    members[a]!.push(v);
    orgLines.push(`o${v},Organisation ${v},${SECTORS[pick(SECTORS.length)]},area${a}`);
  }
  const target = Math.round((n * MEAN_DEGREE) / 2);
  const nbrs: number[][] = Array.from({ length: n }, () => []);
  const seen = new Set<number>();
  const tieLines = ['source,target'];
  let m = 0;
  let attempts = 0;
  while (m < target && attempts < target * 20) {
    attempts++;
    const u = pick(n);
    let v: number;
    const r = rng();
    const nu = nbrs[u]!;
    if (r < 0.33 && nu.length > 0) {
      const w = nu[pick(nu.length)]!;
      const nw = nbrs[w]!;
      v = nw[pick(nw.length)]!;
    } else if (r < 0.83) {
      const same = members[area[u]!]!;
      v = same[pick(same.length)]!;
    } else {
      v = pick(n);
    }
    if (u === v) continue;
    const key = u < v ? u * n + v : v * n + u;
    if (seen.has(key)) continue;
    seen.add(key);
    nu.push(v);
    nbrs[v]!.push(u);
    tieLines.push(`o${u},o${v}`);
    m++;
  }
  return { orgs: `${orgLines.join('\n')}\n`, ties: `${tieLines.join('\n')}\n`, m };
}

interface Run {
  seconds: number;
  peakMiB: number | null;
  ok: boolean;
  note?: string;
}

function measure(cmd: string, args: string[], outFile: string, timeoutSec: number): Run {
  const timeFile = `${outFile}.time`;
  const haveTime = existsSync(GNU_TIME);
  const [exe, argv] = haveTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const out = openSync(outFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(exe, argv, { cwd: ROOT, stdio: ['ignore', out, 'pipe'], timeout: timeoutSec * 1000, encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  closeSync(out);
  let peakMiB: number | null = null;
  if (haveTime && existsSync(timeFile)) {
    const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kb)) peakMiB = kb / 1024;
  }
  if (r.error || r.status !== 0) {
    const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM';
    return { seconds, peakMiB, ok: false, note: timedOut ? `stopped after ${timeoutSec} s` : `failed: ${r.stderr?.slice(-500)}` };
  }
  return { seconds, peakMiB, ok: true };
}

interface JsonResult {
  nodes: Record<string, { betweenness: number; closeness: number; constraint: number | null }>;
  betweennessMode?: { exact: boolean; sources: number };
}

/** Largest |TS - networkx| over nodes for a few metrics (a sanity check on the big graphs). */
function maxDiff(tsFile: string, nxFile: string): string {
  const a = JSON.parse(readFileSync(tsFile, 'utf8')) as JsonResult;
  const b = JSON.parse(readFileSync(nxFile, 'utf8')) as JsonResult;
  let d = 0;
  for (const [id, x] of Object.entries(a.nodes)) {
    const y = b.nodes[id]!;
    d = Math.max(d, Math.abs(x.betweenness - y.betweenness), Math.abs(x.closeness - y.closeness));
    if (x.constraint !== null && y.constraint !== null) d = Math.max(d, Math.abs(x.constraint - y.constraint));
  }
  return d.toExponential(1);
}

const f = (x: number | null, digits = 1): string => (x === null ? 'n/a' : x.toFixed(digits));

export async function benchAnalytics(): Promise<void> {
  const sizes = (process.env['BENCH_SIZES'] ?? '1000,5000,20000').split(',').map(Number);
  const nxMax = Number(process.env['BENCH_NX_MAX_N'] ?? 5000);
  const nxTimeout = Number(process.env['BENCH_NX_TIMEOUT'] ?? 1200);
  const python = process.env['PYTHON'] ?? 'python3';
  const dir = mkdtempSync(join(tmpdir(), 'cyswllt-bench-analytics-'));
  if (!existsSync(GNU_TIME)) console.log(`note: ${GNU_TIME} not found (apt-get install time): peak RSS not measured`);
  const rows: string[][] = [['size', 'ties', 'TS s', 'networkx s', 'ratio', 'TS peak MiB', 'networkx peak MiB', 'max |diff|', 'betweenness']];
  try {
    for (const n of sizes) {
      const { orgs, ties, m } = generateNetwork(n);
      const orgsFile = join(dir, `orgs-${n}.csv`);
      const tiesFile = join(dir, `ties-${n}.csv`);
      writeFileSync(orgsFile, orgs);
      writeFileSync(tiesFile, ties);
      const tsOut = join(dir, `ts-${n}.json`);
      const ts = measure(
        process.execPath,
        ['--import', 'tsx', 'server/src/cli/analyse-main.ts', '--organisations', orgsFile, '--ties', tiesFile, '--json'],
        tsOut,
        3600,
      );
      if (!ts.ok) throw new Error(`TS analyse failed at ${n}: ${ts.note}`);
      const mode = (JSON.parse(readFileSync(tsOut, 'utf8')) as JsonResult).betweennessMode;
      const exactNote = mode?.exact === false ? `sampled (${mode.sources} sources)` : 'exact';
      let nx: Run | null = null;
      let diff = '-';
      if (n <= nxMax) {
        const nxOut = join(dir, `nx-${n}.json`);
        nx = measure(python, ['tools/networkx/analyse.py', '--organisations', orgsFile, '--ties', tiesFile, '--out', nxOut], `${nxOut}.stdout`, nxTimeout);
        if (nx.ok) diff = maxDiff(tsOut, nxOut);
      }
      const nxCell = nx === null ? `skipped (n > ${nxMax})` : nx.ok ? f(nx.seconds) : `> ${f(nx.seconds, 0)} (${nx.note})`;
      const ratio = nx?.ok ? `${(nx.seconds / ts.seconds).toFixed(1)}x` : '-';
      rows.push([String(n), String(m), f(ts.seconds), nxCell, ratio, f(ts.peakMiB, 0), nx ? f(nx.peakMiB, 0) : '-', diff, exactNote]);
      console.error(`analytics bench: n=${n} done (TS ${f(ts.seconds)} s)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  console.log(`Analytics: cyswllt analyse --json vs networkx (${new Date().toISOString().slice(0, 10)})`);
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  console.log('max |diff|: largest difference over nodes in betweenness, closeness and constraint (TS vs networkx)');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchAnalytics();
}
