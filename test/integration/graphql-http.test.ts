/** GraphQL over HTTP as the spec says, through a real socket. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../server/src/db/database.ts';
import { freePort } from '../../server/src/db/local-neo4j.ts';
import { createGraphqlHandler } from '../../server/src/http/yoga.ts';
import { createHttpServer } from '../../server/src/http/server.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { smallNetwork } from '../support/small-network.ts';

let db: Database;
let server: Server;
let base: string;
const RESPONSE_TYPE = 'application/graphql-response+json';

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await loadDataset(db, smallNetwork(), { actor: 'test' });
  server = createHttpServer({ db, development: true });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await db.close();
});

describe('GraphQL over HTTP', () => {
  it('answers { __typename } over POST with the graphql-response media type', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: RESPONSE_TYPE },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(RESPONSE_TYPE);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a query over GET', async () => {
    const query = encodeURIComponent('{ organisation(key: "org-c3sc") { name } }');
    const res = await fetch(`${base}/graphql?query=${query}`, { headers: { accept: RESPONSE_TYPE } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { organisation: { name: 'C3SC' } } });
  });

  it('refuses a mutation over GET with 405', async () => {
    const query = encodeURIComponent('mutation { endTie(key: "tie-1", until: "2024-01-01", version: 1) { __typename } }');
    const res = await fetch(`${base}/graphql?query=${query}`, { headers: { accept: RESPONSE_TYPE } });
    expect(res.status).toBe(405);
  });

  it('gives 400 for a query that does not parse or validate', async () => {
    for (const query of ['{ organisation(key: ', '{ noSuchField }']) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: RESPONSE_TYPE },
        body: JSON.stringify({ query }),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string }[] };
      expect(body.errors.length).toBeGreaterThan(0);
    }
  });

  it('says what is wrong with a bad cursor', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: RESPONSE_TYPE },
      body: JSON.stringify({ query: '{ organisations(after: "bm90LWEtY3Vyc29y") { totalCount } }' }),
    });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: 'That cursor is not one this API gave out', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('masks unexpected errors: no stack, no driver message', async () => {
    const target = inject('neo4j');
    const wrong = new Database({ uri: target.uri, username: target.username, password: 'not-the-password', local: false });
    const yoga = createGraphqlHandler({ db: wrong, development: true });
    try {
      const res = await yoga.fetch('http://cyswllt.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: RESPONSE_TYPE },
        body: JSON.stringify({ query: '{ organisation(key: "org-c3sc") { name } }' }),
      });
      const text = await res.text();
      expect(text).toContain('Unexpected error.');
      expect(text).not.toMatch(/Unauthorized|authentication|Neo4jError|\.ts:\d+/i);
    } finally {
      await wrong.close();
    }
  });

  it('answers "database unavailable" when Neo4j cannot be reached', async () => {
    const dead = new Database({ uri: `bolt://127.0.0.1:${await freePort()}`, username: 'neo4j', password: 'x', local: false });
    const yoga = createGraphqlHandler({ db: dead, development: true });
    try {
      const res = await yoga.fetch('http://cyswllt.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: RESPONSE_TYPE },
        body: JSON.stringify({ query: '{ organisation(key: "org-c3sc") { name } }' }),
      });
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({
        message: 'The database is unavailable right now; please try again shortly.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
    } finally {
      await dead.close();
    }
  }, 60_000);

  it('serves GraphiQL to a browser in development', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Cyswllt GraphQL');
  });
});

describe('bad scalar input', () => {
  it('answers an invalid URL with a plain input error, not a masked one', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: RESPONSE_TYPE },
      body: JSON.stringify({
        query: 'mutation($i: OrganisationInput!) { createOrganisation(input: $i) { __typename } }',
        variables: { i: { key: 'org-x', name: 'X', kind: 'tso', sectorKey: 'sector-health', website: 'not a url' } },
      }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toContain('URL cannot represent an invalid URL');
    expect(JSON.stringify(body)).not.toContain('Unexpected error');
  });
});
