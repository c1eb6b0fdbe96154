/**
 * Who sent a request: `Authorization: Bearer cyswllt_…` (API token), or the session cookie set by
 * POST /auth/sign-in, which only counts together with the matching `x-cyswllt-csrf` header (a
 * header other sites cannot send without passing CORS) and a same-site (or allow-listed) Origin.
 */
import type { Database } from '../db/database.ts';
import { lookupApiToken, lookupSession } from '../services/accounts.ts';
import { ANONYMOUS, type Actor } from './actor.ts';
import { sameSecret } from './secrets.ts';

export const CSRF_HEADER = 'x-cyswllt-csrf';
export const SESSION_COOKIE = 'cyswllt_session';
/** With Secure, the __Host- prefix also pins the cookie to this host and path / */
export const SECURE_SESSION_COOKIE = '__Host-cyswllt_session';

export class InvalidCredentialsError extends Error {
  constructor(message = 'The API token is not valid (unknown, revoked or expired)') {
    super(message);
    this.name = 'InvalidCredentialsError';
  }
}

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

export function sessionSecret(headers: Headers): string | null {
  const cookies = headers.get('cookie');
  return readCookie(cookies, SECURE_SESSION_COOKIE) ?? readCookie(cookies, SESSION_COOKIE);
}

/** Origins allowed besides the request's own (CYSWLLT_CORS_ORIGINS, comma-separated). */
export function allowedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.CYSWLLT_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** true when the request comes from this site (no Origin: not a browser cross-site request) */
export function sameSiteOrigin(request: Request, env: NodeJS.ProcessEnv = process.env): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return request.headers.get('sec-fetch-site') !== 'cross-site';
  const host = request.headers.get('host') ?? new URL(request.url).host;
  try {
    if (new URL(origin).host === host) return true;
  } catch {
    return false;
  }
  return allowedOrigins(env).includes(origin);
}

export async function authenticate(db: Database, request: Request): Promise<Actor> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new InvalidCredentialsError('Authorization must be "Bearer <token>"');
    const user = await lookupApiToken(db, match[1]!);
    if (!user) throw new InvalidCredentialsError();
    return { id: user.id, user, via: 'token' };
  }
  const secret = sessionSecret(request.headers);
  if (secret) {
    const csrf = request.headers.get(CSRF_HEADER);
    // Without the CSRF header or from another site, the cookie is ignored: the request is anonymous.
    if (!csrf || !sameSiteOrigin(request)) return ANONYMOUS;
    const session = await lookupSession(db, secret);
    if (session && sameSecret(session.csrf, csrf)) return { id: session.user.id, user: session.user, via: 'session' };
  }
  return ANONYMOUS;
}
