/**
 * The account endpoints (JSON over HTTP, beside /graphql):
 *
 *   POST /auth/sign-in      {email, password} -> sets the session cookie; {user, csrfToken}
 *   POST /auth/sign-out     (session + CSRF header) -> clears the cookie, revokes the session
 *   GET  /auth/me           -> {user, csrfToken} for the session cookie (or {user: null})
 *   POST /auth/tokens       {name, userId?} -> {token, info}: an API token, shown once
 *   GET  /auth/tokens       -> the caller's tokens (admin: ?all=1 for everyone's)
 *   POST /auth/tokens/revoke {id}
 *   POST /auth/invitations  (admin) {email, name, role, areaScopes, bodyScopes} -> {token, link}
 *   POST /auth/accept-invitation {token, password} -> creates the account, signs it in
 *   GET  /auth/users        (admin) -> every account, without secrets
 *
 * Every POST must be JSON (a non-simple content type, so a cross-site form cannot send it) from
 * this site or an allow-listed origin; cookie-authenticated calls also need the x-cyswllt-csrf header.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Actor } from '../auth/actor.ts';
import { authenticate, CSRF_HEADER, InvalidCredentialsError, SECURE_SESSION_COOKIE, SESSION_COOKIE, sameSiteOrigin, sessionSecret } from '../auth/authenticate.ts';
import type { Database } from '../db/database.ts';
import { ConflictError, DatabaseUnavailableError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import {
  acceptInvitation,
  checkPassword,
  createApiToken,
  createSession,
  inviteUser,
  listApiTokens,
  listUsers,
  lookupSession,
  revokeApiToken,
  revokeSession,
  SESSION_TTL_MS,
} from '../services/accounts.ts';
import { MAX_BODY_BYTES } from './limits.ts';
import type { RateLimiter } from './rate-limit.ts';

export interface AuthRouteOptions {
  db: Database;
  /** Secure cookies (https or NODE_ENV=production) */
  secureCookies: boolean;
  signInLimiter: RateLimiter | null;
}

function toRequest(req: IncomingMessage, body: string | undefined): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  else if (Array.isArray(v)) headers.set(k, v.join(', '));
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, ...(body !== undefined && req.method !== 'GET' ? { body } : {}) });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function cookie(options: AuthRouteOptions, value: string, maxAgeSeconds: number): string {
  const name = options.secureCookies ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${options.secureCookies ? '; Secure' : ''}`;
}

function errorStatus(error: unknown): { status: number; body: Record<string, unknown> } {
  if (error instanceof HttpError) return { status: error.status, body: { error: error.message, ...error.extra } };
  if (error instanceof ValidationError) return { status: 400, body: { error: error.message, fieldErrors: error.fieldErrors } };
  if (error instanceof InvalidCredentialsError) return { status: 401, body: { error: error.message } };
  if (error instanceof ForbiddenError) return { status: 403, body: { error: error.message } };
  if (error instanceof NotFoundError) return { status: 404, body: { error: error.message } };
  if (error instanceof ConflictError) return { status: 409, body: { error: error.message } };
  if (error instanceof DatabaseUnavailableError) return { status: 503, body: { error: error.message, code: 'DATABASE_UNAVAILABLE' } };
  return { status: 500, body: { error: 'Unexpected error.' } };
}

const json = (text: string): Record<string, unknown> => {
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new HttpError(400, 'The body must be a JSON object');
};

/** Returns a handler for paths under /auth/. */
export function authRoutes(options: AuthRouteOptions) {
  const { db } = options;

  const signedIn = async (request: Request): Promise<Actor & { user: NonNullable<Actor['user']> }> => {
    const actor = await authenticate(db, request);
    if (!actor.user) throw new HttpError(401, `Sign in first (cookie-authenticated calls need the ${CSRF_HEADER} header)`);
    return actor as Actor & { user: NonNullable<Actor['user']> };
  };

  const limit = (key: string) => {
    if (options.signInLimiter && !options.signInLimiter.take(key)) {
      throw new HttpError(429, 'Too many attempts; wait a minute and try again', { retryAfter: options.signInLimiter.retryAfter(key) });
    }
  };

  return async function handle(req: IncomingMessage, res: ServerResponse, ip: string): Promise<void> {
    try {
      const path = (req.url ?? '/').split('?')[0]!;
      const method = req.method ?? 'GET';
      let body: Record<string, unknown> = {};
      if (method === 'POST') {
        if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) throw new HttpError(415, 'Send JSON (content-type: application/json)');
        body = json(await readBody(req));
      } else if (method !== 'GET') throw new HttpError(405, 'Method not allowed');
      const request = toRequest(req, undefined);
      if (method === 'POST' && !sameSiteOrigin(request)) throw new HttpError(403, 'Cross-site request refused');

      if (path === '/auth/sign-in' && method === 'POST') {
        limit(`ip:${ip}`);
        limit(`email:${String(body.email ?? '').toLowerCase()}`);
        const user = await checkPassword(db, String(body.email ?? ''), String(body.password ?? ''));
        if (!user) throw new HttpError(401, 'Wrong email or password');
        const session = await createSession(db, user.id);
        send(res, 200, { user, csrfToken: session.csrf, expiresAt: session.expiresAt.toISOString() }, { 'set-cookie': cookie(options, session.secret, SESSION_TTL_MS / 1000) });
        return;
      }
      if (path === '/auth/sign-out' && method === 'POST') {
        await signedIn(request);
        const secret = sessionSecret(request.headers);
        if (secret) await revokeSession(db, secret);
        send(res, 200, { ok: true }, { 'set-cookie': cookie(options, '', 0) });
        return;
      }
      if (path === '/auth/me' && method === 'GET') {
        // Reading who you are (and your CSRF token) needs only the cookie; it is a same-origin read.
        const secret = sessionSecret(request.headers);
        const session = secret ? await lookupSession(db, secret) : null;
        if (session) {
          send(res, 200, { user: session.user, csrfToken: session.csrf });
          return;
        }
        const actor = request.headers.get('authorization') ? await authenticate(db, request) : null;
        send(res, 200, { user: actor?.user ?? null, csrfToken: null });
        return;
      }
      if (path === '/auth/tokens' && method === 'POST') {
        const actor = await signedIn(request);
        const created = await createApiToken(db, actor, {
          name: String(body.name ?? ''),
          ...(typeof body.userId === 'string' ? { userId: body.userId } : {}),
          ...(typeof body.expiresAt === 'string' ? { expiresAt: body.expiresAt } : {}),
        });
        send(res, 201, created);
        return;
      }
      if (path === '/auth/tokens' && method === 'GET') {
        const actor = await signedIn(request);
        send(res, 200, { tokens: await listApiTokens(db, actor, new URL(request.url).searchParams.get('all') === '1') });
        return;
      }
      if (path === '/auth/tokens/revoke' && method === 'POST') {
        const actor = await signedIn(request);
        send(res, 200, { token: await revokeApiToken(db, actor, String(body.id ?? '')) });
        return;
      }
      if (path === '/auth/invitations' && method === 'POST') {
        const actor = await signedIn(request);
        const invitation = await inviteUser(db, actor, body as never);
        const origin = `${options.secureCookies ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
        send(res, 201, { ...invitation, link: `${origin}/#/accept-invitation?token=${encodeURIComponent(invitation.token)}` });
        return;
      }
      if (path === '/auth/accept-invitation' && method === 'POST') {
        limit(`ip:${ip}`);
        const user = await acceptInvitation(db, String(body.token ?? ''), String(body.password ?? ''));
        const session = await createSession(db, user.id);
        send(res, 201, { user, csrfToken: session.csrf }, { 'set-cookie': cookie(options, session.secret, SESSION_TTL_MS / 1000) });
        return;
      }
      if (path === '/auth/users' && method === 'GET') {
        const actor = await signedIn(request);
        if (actor.user.role !== 'admin') throw new HttpError(403, 'Only an admin can list accounts');
        send(res, 200, { users: await listUsers(db) });
        return;
      }
      throw new HttpError(404, 'No such endpoint');
    } catch (error) {
      const { status, body } = errorStatus(error);
      if (status === 500) console.error('auth route error', error);
      send(res, status, body);
    }
  };
}
