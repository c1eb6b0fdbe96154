/** One port: /graphql to yoga, everything else to the built web app. The server keeps no state. */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { REPO_ROOT } from '../db/config.ts';
import type { Database } from '../db/database.ts';
import { staticFileHandler } from './static-files.ts';
import { createGraphqlHandler } from './yoga.ts';

export interface HttpServerOptions {
  db: Database;
  webRoot?: string;
  development?: boolean;
}

export function createHttpServer(options: HttpServerOptions): Server {
  const yoga = createGraphqlHandler({ db: options.db, ...(options.development === undefined ? {} : { development: options.development }) });
  const serveStatic = staticFileHandler(options.webRoot ?? join(REPO_ROOT, 'web', 'dist'));
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      void yoga.handle(req, res);
      return;
    }
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    serveStatic(req, res);
  });
}
