/** docs/api.md stays true: every documented example answers exactly as shown, on the demo network. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExamples, runExamples, signInHeaders, API_DOC } from '../../scripts/api-examples.ts';
import { readFileSync } from 'node:fs';
import type { Database } from '../../server/src/db/database.ts';
import { demoUser, ensureDemoUsers } from '../../server/src/auth/demo-users.ts';
import { createHttpServer } from '../../server/src/http/server.ts';
import { generateDemoNetwork } from '../../server/src/seed/generate-demo.ts';
import { seedDatabase } from '../../server/src/services/seeding.ts';
import { resetGraph, testDatabase } from '../support/database.ts';

let db: Database;
let server: Server;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await seedDatabase(db, generateDemoNetwork(), { reset: false, actor: 'test' });
  await ensureDemoUsers(db);
  server = createHttpServer({ db, development: true });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
}, 180_000);
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await db.close();
});

describe('docs/api.md', () => {
  it('documents several examples', () => {
    expect(parseExamples(readFileSync(API_DOC, 'utf8')).length).toBeGreaterThanOrEqual(8);
  });

  it('every example answers as documented', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    // Signed in as the demo admin over HTTP, as `pnpm api:examples --sign-in` does.
    const admin = demoUser('admin');
    const outcomes = await runExamples(url, undefined, await signInHeaders(url, admin.email, admin.password));
    expect(outcomes.filter((o) => !o.ok).map((o) => ({ title: o.title, got: o.actual }))).toEqual([]);
  });
});
