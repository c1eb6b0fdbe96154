/**
 * Accounts for tests: one real user per role (argon2 hash, in Neo4j), an API token each, and a
 * sign-in helper over HTTP (session cookie + CSRF header), as the web app does.
 */
import type { Role } from '../../server/src/auth/actor.ts';
import { DEMO_USERS, demoUser } from '../../server/src/auth/demo-users.ts';
import { CSRF_HEADER } from '../../server/src/auth/authenticate.ts';
import type { Database } from '../../server/src/db/database.ts';
import { createApiToken, createUser } from '../../server/src/services/accounts.ts';
import { trustedActor } from '../../server/src/auth/actor.ts';

export { DEMO_USERS, demoUser, CSRF_HEADER };

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  role: Role;
  token: string;
}

/** Creates an account with an API token (Authorization: Bearer <token>). */
export async function createTestAccount(
  db: Database,
  role: Role,
  scopes: { areaScopes?: string[]; bodyScopes?: string[] } = {},
  email = `${role}-${Math.random().toString(36).slice(2, 8)}@test.cyswllt.invalid`,
): Promise<TestAccount> {
  const password = `pw-${role}-long-enough-${Math.random().toString(36).slice(2)}`;
  const user = await createUser(db, { email, name: `Test ${role}`, role, password, areaScopes: scopes.areaScopes ?? [], bodyScopes: scopes.bodyScopes ?? [] }, 'test');
  const { token } = await createApiToken(db, trustedActor('admin', {}, 'test'), { name: 'test', userId: user.id });
  return { id: user.id, email: user.email, password, role, token };
}

export interface BrowserSession {
  cookie: string;
  csrf: string;
  /** headers a signed-in web app sends on every /graphql call */
  headers: Record<string, string>;
}

/** Signs in over HTTP as the web app does: POST /auth/sign-in, keep the cookie, send the CSRF header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<BrowserSession> {
  const res = await fetch(`${baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrf: body.csrfToken, headers: { cookie, [CSRF_HEADER]: body.csrfToken, origin: baseUrl } };
}

/** Signs in a demo user by role (the demo accounts exist once the demo is seeded or ensureDemoUsers ran). */
export function signInAsDemo(baseUrl: string, role: Role): Promise<BrowserSession> {
  const user = demoUser(role);
  return signIn(baseUrl, user.email, user.password);
}
