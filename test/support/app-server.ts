/**
 * The app as the e2e tests see it: the built web app (rebuilt when web/ sources are newer than
 * web/dist), the demo network loaded into the suite's Neo4j, and the HTTP server started in-process
 * on a free port.
 */
import { ensureDemoUsers } from '../../server/src/auth/demo-users.ts';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from '../../server/src/db/config.ts';
import type { Database } from '../../server/src/db/database.ts';
import { createHttpServer } from '../../server/src/http/server.ts';
import { generateDemoNetwork } from '../../server/src/seed/generate-demo.ts';
import { seedDatabase } from '../../server/src/services/seeding.ts';
import { resetGraph } from './database.ts';

const WEB = join(REPO_ROOT, 'web');
const DIST_INDEX = join(WEB, 'dist', 'index.html');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds web/dist when it is missing or older than any source it is built from. */
export function ensureWebBuilt(): void {
  const sources = [join(WEB, 'src'), join(WEB, 'index.html'), join(WEB, 'vite.config.ts'), join(WEB, 'package.json')];
  const newestSource = Math.max(...sources.filter(existsSync).map(newestMtime));
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= newestSource) return;
  execFileSync('pnpm', ['--filter', '@cyswllt/web', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

/** Wipes the graph and loads the demo network with its demo account per role, as `pnpm start` does. */
export async function loadDemoNetwork(db: Database): Promise<void> {
  await resetGraph(db);
  await seedDatabase(db, generateDemoNetwork(), { reset: false, actor: 'test:e2e' });
  await ensureDemoUsers(db, 'test:e2e');
}

export interface AppServer {
  url: string;
  close: () => Promise<void>;
  /** POSTs a GraphQL operation to the running server and returns `data` (throws on errors) */
  graphql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
}

export async function startAppServer(db: Database): Promise<AppServer> {
  const server = createHttpServer({ db, development: false });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    graphql: async <T,>(query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
  };
}
