/**
 * One port: /graphql to yoga, /auth/* to the account endpoints, everything else to the built web
 * app. The server keeps no state but rate-limit buckets (per instance, see http/rate-limit.ts).
 * Every answer carries the security headers; bodies are size-limited before they are read.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import type { Actor } from '../auth/actor.ts';
import { REPO_ROOT } from '../db/config.ts';
import type { Database } from '../db/database.ts';
import { authRoutes } from './auth-routes.ts';
import { MAX_BODY_BYTES } from './limits.ts';
import { rateLimitsFromEnv, type RateLimits } from './rate-limit.ts';
import { setSecurityHeaders } from './security-headers.ts';
import { staticFileHandler } from './static-files.ts';
import { createGraphqlHandler } from './yoga.ts';

export interface HttpServerOptions {
  db: Database;
  webRoot?: string;
  development?: boolean;
  /** rate limits (default from env); null turns them off (proof scripts measuring the database) */
  rateLimits?: RateLimits | null;
  /** served over https (Secure cookies, HSTS); default: NODE_ENV=production or CYSWLLT_HTTPS=true */
  https?: boolean;
  /** in-process callers only: act as this actor on /graphql (see yoga.ts) */
  actAs?: Actor;
}

/** The client address; X-Forwarded-For only when CYSWLLT_TRUST_PROXY=true (behind a known proxy). */
function clientIp(req: IncomingMessage): string {
  if (process.env.CYSWLLT_TRUST_PROXY === 'true') {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

export function createHttpServer(options: HttpServerOptions): Server {
  const limits = options.rateLimits === undefined ? rateLimitsFromEnv() : options.rateLimits;
  const https = options.https ?? (process.env.NODE_ENV === 'production' || process.env.CYSWLLT_HTTPS === 'true');
  const yoga = createGraphqlHandler({
    db: options.db,
    perUserLimit: limits?.perUser ?? null,
    ...(options.development === undefined ? {} : { development: options.development }),
    ...(options.actAs ? { actAs: options.actAs } : {}),
  });
  const auth = authRoutes({ db: options.db, secureCookies: https, signInLimiter: limits?.signIn ?? null });
  const serveStatic = staticFileHandler(options.webRoot ?? join(REPO_ROOT, 'web', 'dist'));
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const isGraphql = path === '/graphql' || path.startsWith('/graphql/');
    const wantsGraphiql = isGraphql && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    setSecurityHeaders(res, { csp: !wantsGraphiql, https });

    if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') {
      const length = req.headers['content-length'];
      // large imports arrive in pieces (uploadImportFiles), each within this limit
      const max = MAX_BODY_BYTES;
      if (length === undefined) {
        res.writeHead(411, { 'content-type': 'text/plain' }).end('Content-Length required');
        return;
      }
      if (!/^\d+$/.test(length) || Number(length) > max) {
        res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' }).end('Request body too large');
        req.resume();
        return;
      }
    }

    if ((isGraphql || path.startsWith('/auth/')) && limits) {
      const ip = clientIp(req);
      if (!limits.perIp.take(ip)) {
        res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': String(limits.perIp.retryAfter(ip)) }).end('Too many requests');
        return;
      }
    }
    if (isGraphql) {
      void yoga.handle(req, res);
      return;
    }
    if (path.startsWith('/auth/')) {
      void auth(req, res, clientIp(req));
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
