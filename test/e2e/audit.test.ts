/**
 * The audit log in the web app: an admin signed in through the form sees the same writes, in the
 * same order, as the API's auditLog, each with its before/after; signed out, only a sign-in link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser, signIn } from '../support/auth.ts';
import { seriousAxeViolations } from '../support/browser.ts';
import { startDemoApp, type DemoApp } from '../support/demo-app.ts';

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp();
});

afterAll(async () => {
  await demo?.close();
});

describe('audit log page', () => {
  it('shows an admin the API’s audit log, newest first, with before and after', async () => {
    const admin = demoUser('admin');
    const session = await signIn(demo.app.url, admin.email, admin.password);
    const res = await fetch(`${demo.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...session.headers },
      body: JSON.stringify({ query: '{ auditLog(first: 50) { changes { key after } } }' }),
    });
    const body = (await res.json()) as { data: { auditLog: { changes: { key: string; after: string | null }[] } } };
    const expected = body.data.auditLog.changes;
    expect(expected.length).toBeGreaterThan(0);

    const { page, errors } = await demo.openSignedIn(admin, '#/audit');
    const rows = page.locator('[data-testid="audit-table"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(expected.length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')))).toEqual(expected.map((c) => c.key));
    const withAfter = expected.findIndex((c) => c.after);
    if (withAfter >= 0) expect(await rows.nth(withAfter).locator('summary').last().textContent()).toBe('After');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers a sign-in link to a signed-out reader, and no log', async () => {
    const { page } = await demo.open('#/audit');
    await page.locator('h1#view-title').waitFor();
    expect(await page.locator('main a[href^="#/sign-in"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="audit-table"]').count()).toBe(0);
    await page.context().close();
  });
});
