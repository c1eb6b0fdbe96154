/**
 * The web app the server serves is web/dist, built by Vite. `pnpm start` and the e2e tests build it
 * when it is missing or older than any source it is built from, so a second start is fast.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../db/config.ts';

const WEB = join(REPO_ROOT, 'web');
const DIST_INDEX = join(WEB, 'dist', 'index.html');
const SOURCES = ['src', 'index.html', 'survey.html', 'vite.config.ts', 'package.json', 'tsconfig.json'].map((p) => join(WEB, p));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds web/dist when it is missing or older than its sources; says whether it built. */
export function ensureWebBuilt(log: (line: string) => void = () => {}): boolean {
  const newestSource = Math.max(...SOURCES.filter(existsSync).map(newestMtime));
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= newestSource) return false;
  log('Building the web app (web/ changed since the last build)...');
  execFileSync('pnpm', ['--filter', '@cyswllt/web', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  return true;
}
