/**
 * The HTTP and GraphQL hardening, through a real socket: sign-in sessions (cookie flags, CSRF,
 * cross-site refusal, sign-out), invitations, security headers, body-size limits, rate limits,
 * depth / alias / token limits, introspection off in production, the operation allow-list, CORS.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { allowedOperationsPlugin, sha256Hex } from '../../server/src/http/hardening.ts';
import { MAX_BODY_BYTES, GRAPHQL_LIMITS } from '../../server/src/http/limits.ts';
import { RateLimiter } from '../../server/src/http/rate-limit.ts';
import { createHttpServer } from '../../server/src/http/server.ts';
import { createGraphqlHandler } from '../../server/src/http/yoga.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { createTestAccount, CSRF_HEADER, signIn, type TestAccount } from '../support/auth.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { smallNetwork } from '../support/small-network.ts';

let db: Database;
let server: Server;
let base: string;
let admin: TestAccount;
let coordinator: TestAccount;

async function listen(s: Server): Promise<string> {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}
const close = (s: Server) => new Promise((r) => { s.closeAllConnections(); s.close(r); });

async function gql(url: string, query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await loadDataset(db, smallNetwork(), { actor: 'test' });
  admin = await createTestAccount(db, 'admin');
  coordinator = await createTestAccount(db, 'coordinator', { areaScopes: ['area-cardiff'] });
  // generous sign-in limits here: these tests sign in many times; the limiter has its own test below
  server = createHttpServer({
    db, development: false,
    rateLimits: { perIp: new RateLimiter({ burst: 1000, perSecond: 100 }), perUser: new RateLimiter({ burst: 1000, perSecond: 100 }), signIn: new RateLimiter({ burst: 1000, perSecond: 100 }) },
  });
  base = await listen(server);
}, 120_000);
afterAll(async () => {
  await close(server);
  await db.close();
});

const CREATE = `mutation { createOrganisation(input: { key: "org-session-test", name: "Session test", kind: tso, sectorKey: "sector-third", areaKeys: ["area-cardiff"] }) { __typename } }`;

describe('sign-in sessions', () => {
  it('sets an HttpOnly, SameSite=Strict cookie and returns a CSRF token', async () => {
    const res = await fetch(`${base}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: coordinator.email, password: coordinator.password }) });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^cyswllt_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure'); // plain http in this test; see the https case below
    const body = (await res.json()) as { user: { role: string }; csrfToken: string };
    expect(body.user.role).toBe('coordinator');
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(JSON.stringify(body)).not.toMatch(/hash|password/i);
  });

  it('marks the cookie Secure (with the __Host- prefix) when served over https', async () => {
    const secure = createHttpServer({ db, development: false, https: true });
    const url = await listen(secure);
    try {
      const res = await fetch(`${url}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: coordinator.email, password: coordinator.password }) });
      expect(res.headers.get('set-cookie')).toMatch(/^__Host-cyswllt_session=.*; Secure/);
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    } finally {
      await close(secure);
    }
  });

  it('refuses a wrong password the same way as an unknown email', async () => {
    for (const email of [coordinator.email, 'nobody@example.org']) {
      const res = await fetch(`${base}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'wrong password!!' }) });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'Wrong email or password' });
    }
  });

  it('counts the cookie only with the CSRF header: without it the request is anonymous', async () => {
    const session = await signIn(base, coordinator.email, coordinator.password);
    const without = await gql(base, CREATE, { cookie: session.cookie });
    expect(without.body.data.createOrganisation.__typename).toBe('ForbiddenError');
    const wrong = await gql(base, '{ me { id } }', { cookie: session.cookie, [CSRF_HEADER]: 'not-the-token' });
    expect(wrong.body.data.me).toBeNull();
    const withHeader = await gql(base, CREATE, session.headers);
    expect(withHeader.body.data.createOrganisation.__typename).toBe('MutationCreateOrganisationSuccess');
    const me = await gql(base, '{ me { id role areaScopes } }', session.headers);
    expect(me.body.data.me).toEqual({ id: coordinator.id, role: 'coordinator', areaScopes: ['area-cardiff'] });
  });

  it('ignores the cookie on a cross-site request, and refuses cross-site sign-in', async () => {
    const session = await signIn(base, coordinator.email, coordinator.password);
    const crossSite = await gql(base, '{ me { id } }', { ...session.headers, origin: 'https://evil.example' });
    expect(crossSite.body.data.me).toBeNull();
    const res = await fetch(`${base}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ email: coordinator.email, password: coordinator.password }) });
    expect(res.status).toBe(403);
    const form = await fetch(`${base}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a&password=b' });
    expect(form.status).toBe(415);
  });

  it('GET /auth/me gives the user and CSRF token for the cookie; sign-out revokes the session', async () => {
    const session = await signIn(base, coordinator.email, coordinator.password);
    const me = await fetch(`${base}/auth/me`, { headers: { cookie: session.cookie } });
    expect(await me.json()).toMatchObject({ user: { id: coordinator.id }, csrfToken: session.csrf });
    const out = await fetch(`${base}/auth/sign-out`, { method: 'POST', headers: { 'content-type': 'application/json', ...session.headers }, body: '{}' });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    const after = await gql(base, '{ me { id } }', session.headers);
    expect(after.body.data.me).toBeNull();
  });

  it('API tokens: created by a signed-in user for themselves, used as Bearer, revoked', async () => {
    const session = await signIn(base, coordinator.email, coordinator.password);
    const created = await fetch(`${base}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', ...session.headers }, body: JSON.stringify({ name: 'my script' }) });
    expect(created.status).toBe(201);
    const { token, info } = (await created.json()) as { token: string; info: { id: string } };
    expect((await gql(base, '{ me { id } }', { authorization: `Bearer ${token}` })).body.data.me.id).toBe(coordinator.id);
    const forOther = await fetch(`${base}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', ...session.headers }, body: JSON.stringify({ name: 'x', userId: admin.id }) });
    expect(forOther.status).toBe(403);
    await fetch(`${base}/auth/tokens/revoke`, { method: 'POST', headers: { 'content-type': 'application/json', ...session.headers }, body: JSON.stringify({ id: info.id }) });
    const revoked = await gql(base, '{ me { id } }', { authorization: `Bearer ${token}` });
    expect(revoked.status).toBe(401);
  });

  it('invitations: admin only, one use, then the invitee signs in with the role given', async () => {
    const coordinatorSession = await signIn(base, coordinator.email, coordinator.password);
    const refused = await fetch(`${base}/auth/invitations`, { method: 'POST', headers: { 'content-type': 'application/json', ...coordinatorSession.headers }, body: JSON.stringify({ email: 'x@example.org', name: 'X', role: 'admin' }) });
    expect(refused.status).toBe(403);
    const adminSession = await signIn(base, admin.email, admin.password);
    const invited = await fetch(`${base}/auth/invitations`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...adminSession.headers },
      body: JSON.stringify({ email: 'new.officer@example.org', name: 'New Officer', role: 'cvc_staff', areaScopes: ['area-newport'] }),
    });
    expect(invited.status).toBe(201);
    const { token, link } = (await invited.json()) as { token: string; link: string };
    expect(link).toContain('accept-invitation?token=');
    const accept = () => fetch(`${base}/auth/accept-invitation`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, password: 'a long new password' }) });
    expect((await accept()).status).toBe(201);
    expect((await accept()).status).toBe(400);
    const session = await signIn(base, 'new.officer@example.org', 'a long new password');
    expect((await gql(base, '{ me { role areaScopes } }', session.headers)).body.data.me).toEqual({ role: 'cvc_staff', areaScopes: ['area-newport'] });
  });
});

describe('HTTP hardening', () => {
  it('sends security headers on the web app and the API', async () => {
    for (const path of ['/', '/graphql?query=%7B__typename%7D', '/auth/me']) {
      const res = await fetch(`${base}${path}`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });

  it('refuses a body over the limit (413) and one without a length (411)', async () => {
    const big = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(MAX_BODY_BYTES) }) });
    expect(big.status).toBe(413);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => { res.resume(); resolve(res.statusCode!); });
      req.on('error', reject);
      req.write('{"query":"{ __typename }"}');
      req.end();
    });
    expect(status).toBe(411);
  });

  it('limits depth, aliases and tokens', async () => {
    let deep = 'key';
    for (let i = 0; i < GRAPHQL_LIMITS.maxDepth + 2; i++) deep = `parent { ${deep} }`;
    const depth = await gql(base, `{ body(key: "body-cardiff-psb") { ${deep} } }`);
    expect(depth.body.errors?.[0]?.message).toMatch(/too deep/i);
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: organisation(key: "org-c3sc") { name }`).join(' ');
    expect((await gql(base, `{ ${aliases} }`)).body.errors?.[0]?.message).toMatch(/too many aliases/i);
    const tokens = `{ ${Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    expect((await gql(base, tokens)).body.errors?.[0]?.message).toMatch(/too many tokens/i);
  });

  it('has no introspection and no GraphiQL in production', async () => {
    const yoga = createGraphqlHandler({ db, development: false, introspection: false });
    const res = await yoga.fetch('http://cyswllt.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) });
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/introspection/i);
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('Cyswllt GraphQL');
  });

  it('runs only allow-listed operations when given a manifest', async () => {
    const allowedDoc = '{ organisation(key: "org-c3sc") { name } }';
    const hash = sha256Hex(allowedDoc);
    const yoga = createGraphqlHandler({ db, development: false, plugins: [allowedOperationsPlugin(new Map([[hash, allowedDoc]]))] });
    const send = async (body: unknown) => (await yoga.fetch('http://cyswllt.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<any>;
    expect((await send({ query: allowedDoc })).data.organisation.name).toBe('C3SC');
    expect((await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).data.organisation.name).toBe('C3SC');
    expect((await send({ query: '{ organisations { totalCount } }' })).errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
  });

  it('sends no CORS headers to other origins unless allow-listed', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    process.env.CYSWLLT_CORS_ORIGINS = 'https://partner.example';
    try {
      const yoga = createGraphqlHandler({ db, development: false });
      const ok = await yoga.fetch('http://cyswllt.test/graphql', { method: 'OPTIONS', headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    } finally {
      delete process.env.CYSWLLT_CORS_ORIGINS;
    }
  });

  it('rate-limits per IP and per user (429)', async () => {
    const limited = createHttpServer({
      db, development: false,
      rateLimits: { perIp: new RateLimiter({ burst: 5, perSecond: 0.01 }), perUser: new RateLimiter({ burst: 100, perSecond: 1 }), signIn: new RateLimiter({ burst: 2, perSecond: 0.01 }) },
    });
    const url = await listen(limited);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await fetch(`${url}/graphql?query=%7B__typename%7D`)).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses[6]).toBe(429);
    } finally {
      await close(limited);
    }
    const perUser = createGraphqlHandler({ db, development: false, perUserLimit: new RateLimiter({ burst: 2, perSecond: 0.01 }) });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await perUser.fetch('http://cyswllt.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` }, body: JSON.stringify({ query: '{ __typename }' }) });
      codes.push(((await res.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual([undefined, undefined, 'RATE_LIMITED']);
  });

  it('slows password guessing: sign-in attempts are rate-limited', async () => {
    const limited = createHttpServer({
      db, development: false,
      rateLimits: { perIp: new RateLimiter({ burst: 100, perSecond: 10 }), perUser: new RateLimiter({ burst: 100, perSecond: 10 }), signIn: new RateLimiter({ burst: 3, perSecond: 0.01 }) },
    });
    const url = await listen(limited);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await fetch(`${url}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: coordinator.email, password: 'guess guess guess' }) })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await close(limited);
    }
  });
});
