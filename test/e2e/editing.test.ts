/**
 * Editing end to end, as the demo users: CVC staff fill a vacant Cardiff seat and log a
 * report-back on the representation map; a coordinator adds an organisation (first with invalid
 * fields: the API's messages appear next to those fields and nothing is created), then a valid
 * one, and records a tie from its card. Each change is checked against the API; axe runs on each
 * open form.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser, signInAsDemo, type BrowserSession } from '../support/auth.ts';
import { saveScreenshot, seriousAxeViolations, waitForNetwork } from '../support/browser.ts';
import { startDemoApp, type DemoApp } from '../support/demo-app.ts';

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp();
});

afterAll(async () => {
  await demo?.close();
});

/** The API as a signed-in user sees it (names of people in their scope included). */
async function gqlAs<T>(session: BrowserSession, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: { message: string }[] }> {
  const response = await fetch(`${demo.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...session.headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string }[] };
}

async function dataAs<T>(session: BrowserSession, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await gqlAs<T>(session, query, variables);
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

const SEAT = `query($key: String!) { seat(key: $key) { key vacant holder { key name } reportBacks { date summary } } }`;

describe('CVC staff on the representation map', () => {
  it('fills a vacant Cardiff seat and logs a report-back; the API agrees', async () => {
    const cvc = await signInAsDemo(demo.app.url, 'cvc_staff');
    const vacantSeats = await dataAs<{ seats: { edges: { node: { key: string; onBehalfOf: { key: string } | null } }[] } }>(
      cvc,
      `query($first: Int) { seats(filter: { areaKey: "area-cardiff", vacant: true }, first: $first) { edges { node { key onBehalfOf { key } } } } }`,
      { first: 500 },
    );
    // a vacant seat whose organisation has someone to fill it
    let target: { seat: string; organisation: string; person: { key: string; name: string } } | null = null;
    for (const { node } of vacantSeats.seats.edges) {
      if (!node.onBehalfOf) continue;
      const people = await dataAs<{ people: { edges: { node: { key: string; name: string } }[] } }>(
        cvc,
        `query($org: String!) { people(filter: { organisationKey: $org }) { edges { node { key name } } } }`,
        { org: node.onBehalfOf.key },
      );
      const person = people.people.edges[0]?.node;
      if (person) {
        target = { seat: node.key, organisation: node.onBehalfOf.key, person };
        break;
      }
    }
    expect(target).not.toBeNull();
    const { seat: seatKey, person } = target!;

    const { page, errors } = await demo.openSignedIn(demoUser('cvc_staff'), '#/representation?area=area-cardiff');
    await page.getByTestId('rep-bodies').waitFor({ timeout: 60_000 });
    const row = page.locator(`[data-testid="seat-row"][data-seat="${seatKey}"]`);
    await expect(row.getAttribute('data-vacant')).resolves.toBe('true');

    // fill it
    await page.getByTestId(`fill-${seatKey}`).click();
    const form = page.getByTestId('fill-seat-form');
    await form.waitFor();
    await expect(page.getByTestId(`fill-${seatKey}`).getAttribute('aria-expanded')).resolves.toBe('true');
    const personSelect = form.locator('select[name="person"]');
    await expect.poll(() => personSelect.locator(`option[value="${person.key}"]`).count(), { timeout: 30_000 }).toBe(1);
    await expectAxeClean(page);

    // saving with no person chosen: the API's message for that field appears next to it
    await form.locator('button[type="submit"]').click();
    await form.getByTestId('field-error-person').waitFor();
    await expect(personSelect.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(personSelect.getAttribute('aria-describedby')).resolves.toContain(`fill-${seatKey}-person-error`);
    expect((await dataAs<{ seat: { vacant: boolean } }>(cvc, SEAT, { key: seatKey })).seat.vacant).toBe(true);

    await personSelect.selectOption(person.key);
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('representation-status').textContent(), { timeout: 30_000 }).toContain(person.name);
    await expect.poll(() => row.getAttribute('data-vacant'), { timeout: 30_000 }).toBe('false');
    await expect(row.getByTestId('holder').textContent()).resolves.toBe(person.name);
    const filled = await dataAs<{ seat: { vacant: boolean; holder: { key: string } | null } }>(cvc, SEAT, { key: seatKey });
    expect(filled.seat.vacant).toBe(false);
    expect(filled.seat.holder?.key).toBe(person.key);

    // log a report-back from it
    await page.getByTestId(`report-${seatKey}`).click();
    const report = page.getByTestId('report-back-form');
    await report.waitFor();
    await expectAxeClean(page);
    const summary = `Briefed the Third Sector Forum on the seat (${Date.now()})`;
    await report.locator('textarea[name="summary"]').fill(summary);
    const date = await report.locator('input[name="date"]').inputValue();
    await report.locator('button[type="submit"]').click();
    await expect.poll(() => row.getByTestId('last-report-back').getAttribute('data-date'), { timeout: 30_000 }).toBe(date);
    const reported = await dataAs<{ seat: { reportBacks: { date: string; summary: string }[] } }>(cvc, SEAT, { key: seatKey });
    expect(reported.seat.reportBacks).toContainEqual({ date, summary });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

const CREATE = `mutation($input: OrganisationInput!) {
  createOrganisation(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const ORGANISATION = `query($key: String!) { organisation(key: $key) { key name areas { key } ties { key kind source { key } target { key } trust } } }`;

describe('a coordinator adds an organisation and records a tie', () => {
  it('shows the API’s field errors, creates nothing until valid, then adds it and records a tie', async () => {
    const coordinator = await signInAsDemo(demo.app.url, 'coordinator');
    const sectors = (await demo.app.graphql<{ sectors: { edges: { node: { key: string } }[] } }>(`{ sectors(first: 50) { edges { node { key } } } }`)).sectors.edges.map((e) => e.node.key);
    const sector = sectors.find((k) => k.includes('community')) ?? sectors[0]!;
    const stamp = Date.now().toString(36);
    const name = `Grangetown Repair Café ${stamp}`;
    const key = `org-grangetown-repair-cafe-${stamp}`;

    // what the API says about the same invalid inputs
    const emptyName = await dataAs<{ createOrganisation: { __typename: string; fieldErrors: { path: string[]; message: string }[] } }>(coordinator, CREATE, {
      input: { key, name: '', kind: 'tso', sectorKey: sector, areaKeys: ['area-cardiff'] },
    });
    expect(emptyName.createOrganisation.__typename).toBe('ValidationError');
    const nameMessage = emptyName.createOrganisation.fieldErrors.find((e) => e.path.includes('name'))!.message;
    const badWebsite = await gqlAs(coordinator, CREATE, { input: { key, name, kind: 'tso', sectorKey: sector, areaKeys: ['area-cardiff'], website: 'not a web address' } });
    const websiteMessage = badWebsite.errors?.[0]?.message ?? '';
    expect(websiteMessage).toContain('input.website');

    const { page, errors } = await demo.openSignedIn(demoUser('coordinator'), '#/network?area=area-cardiff');
    await waitForNetwork(page);
    const before = Number(await page.getByTestId('node-count').getAttribute('data-value'));

    await page.getByTestId('add-organisation').click();
    const form = page.getByTestId('add-organisation-form');
    await form.waitFor();
    await form.locator('select[name="sector"]').selectOption(sector);
    await form.locator('input[name="key"]').fill(key);
    await expect(form.locator('select[name="area"]').inputValue()).resolves.toBe('area-cardiff');

    // 1. empty name
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.getByTestId('field-error-name').textContent(), { timeout: 30_000 }).toBe(nameMessage);
    const nameInput = form.locator('input[name="name"]');
    await expect(nameInput.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(nameInput.getAttribute('aria-describedby')).resolves.toContain('new-org-name-error');
    await expect(form.getByTestId('form-error').textContent()).resolves.toContain('1 field needs correcting');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
    expect((await dataAs<{ organisation: unknown }>(coordinator, ORGANISATION, { key })).organisation).toBeNull();
    await expectAxeClean(page);

    // 2. a website that is not a URL
    await nameInput.fill(name);
    await form.locator('input[name="key"]').fill(key);
    await form.locator('input[name="website"]').fill('not a web address');
    await form.locator('button[type="submit"]').click();
    await form.getByTestId('field-error-website').waitFor({ timeout: 30_000 });
    const shown = (await form.getByTestId('field-error-website').textContent()) ?? '';
    expect(shown.length).toBeGreaterThan(0);
    expect(websiteMessage).toContain(shown);
    await expect(form.locator('input[name="website"]').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await form.getByTestId('field-error-name').count()).toBe(0);
    expect((await dataAs<{ organisation: unknown }>(coordinator, ORGANISATION, { key })).organisation).toBeNull();
    await saveScreenshot(page, 'editing');
    await expectAxeClean(page);

    // 3. valid: it is created in Cardiff and shown in the network
    await form.locator('input[name="website"]').fill('https://grangetown-repair.example.org');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('add-organisation-status').textContent(), { timeout: 30_000 }).toContain(name);
    await expect(form.count()).resolves.toBe(0);
    const created = await dataAs<{ organisation: { key: string; name: string; areas: { key: string }[] } | null }>(coordinator, ORGANISATION, { key });
    expect(created.organisation?.name).toBe(name);
    expect(created.organisation?.areas.map((a) => a.key)).toEqual(['area-cardiff']);
    await expect.poll(() => page.getByTestId('node-count').getAttribute('data-value'), { timeout: 60_000 }).toBe(String(before + 1));
    await expect.poll(() => page.getByTestId('organisation-panel').locator('h2').textContent(), { timeout: 30_000 }).toBe(name);
    expect(page.url()).toContain(`org=${key}`);

    // 4. record a tie from its card to another Cardiff organisation
    const partner = (
      await demo.app.graphql<{ organisations: { edges: { node: { key: string; name: string } }[] } }>(
        `query($first: Int) { organisations(filter: { areaKey: "area-cardiff", kinds: [museum] }, first: $first) { edges { node { key name } } } }`,
        { first: 5 },
      )
    ).organisations.edges[0]!.node;
    const panel = page.getByTestId('organisation-panel');
    await panel.getByTestId('record-tie-toggle').click();
    const tieForm = panel.getByTestId('record-tie-form');
    await tieForm.waitFor();
    await tieForm.locator('input[type="search"]').fill(partner.name);
    const partnerSelect = tieForm.locator('select[name="partner"]');
    await expect.poll(() => partnerSelect.locator(`option[value="${partner.key}"]`).count(), { timeout: 30_000 }).toBe(1);
    await partnerSelect.selectOption(partner.key);
    await tieForm.locator('select[name="kind"]').selectOption('joint_delivery');
    await tieForm.locator('select[name="trust"]').selectOption('3');
    await expectAxeClean(page);
    await tieForm.locator('button[type="submit"]').click();
    await expect.poll(() => panel.getByTestId('record-tie-status').textContent(), { timeout: 30_000 }).toContain(partner.name);
    const tied = await dataAs<{ organisation: { ties: { kind: string; source: { key: string }; target: { key: string }; trust: number | null }[] } }>(
      coordinator,
      ORGANISATION,
      { key },
    );
    expect(tied.organisation.ties).toContainEqual(expect.objectContaining({ kind: 'joint_delivery', source: { key }, target: { key: partner.key }, trust: 3 }));
    // the card lists the new partner once the network has reloaded
    await expect.poll(() => panel.locator('.tie-list').textContent(), { timeout: 60_000 }).toContain(partner.name);
    // the invalid website is refused by GraphQL variable coercion, an HTTP 400 that Chromium logs:
    // expected once; anything else is a fault
    const http400 = errors.filter((e) => e.includes('status of 400'));
    expect(http400.length).toBe(1);
    expect(errors.filter((e) => !http400.includes(e))).toEqual([]);
    await page.context().close();
  });
});
