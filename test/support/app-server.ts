/**
 * The app as the e2e tests see it: the demo network loaded into the suite's Neo4j, and the HTTP
 * server started in-process on a free port.
 */
import { ensureDemoUsers } from '../../server/src/auth/demo-users.ts';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../server/src/db/database.ts';
import { createHttpServer } from '../../server/src/http/server.ts';
import { generateDemoNetwork } from '../../server/src/seed/generate-demo.ts';
import { seedDatabase } from '../../server/src/services/seeding.ts';
import { resetGraph } from './database.ts';

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
