/**
 * The public partner survey end to end: a coordinator opens a wave through the API, a respondent
 * fills in their private link in headless Chromium (no account), and the tie appears in the network.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIE_KINDS } from '../../server/src/domain/model.ts';
import { createTestAccount } from '../support/auth.ts';
import { seriousAxeViolations, VIEWPORT } from '../support/browser.ts';
import { startDemoApp, type DemoApp } from '../support/demo-app.ts';

interface Edge { id: string; source: string; target: string; kind: string; origin: string; trust: number | null }
interface ApiNetwork { network: { nodes: { id: string; name: string; areaIds: string[] }[]; edges: Edge[] } }
const NETWORK = `query($filter: NetworkFilter) { network(filter: $filter) { nodes { id name areaIds } edges { id source target kind origin trust } } }`;
const OPEN = `mutation($input: OpenSurveyWaveInput!) { openSurveyWave(input: $input) {
  __typename ... on MutationOpenSurveyWaveSuccess { data { wave { key } links { link organisationName organisation { key } } } } ... on Error { message } } }`;

let demo: DemoApp;
const today = new Date().toISOString().slice(0, 10);

/** A respondent's browser: no account, no cookies. CSP is bypassed only so axe-core can be injected. */
async function openPage(browser: Browser, options: { lang: 'en' | 'cy' }) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', deviceScaleFactor: 1, bypassCSP: true });
  await context.addInitScript((lang) => {
    if (!localStorage.getItem('cyswllt.lang')) localStorage.setItem('cyswllt.lang', lang);
  }, options.lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('403')) errors.push(`console: ${m.text()}`);
  });
  return { page, errors };
}

/** serious/critical axe violations, as readable strings */
async function axe(page: Page): Promise<string[]> {
  return (await seriousAxeViolations(page)).map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The coordinator opening the wave: signed in with an API token. */
async function asCoordinator<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${demo.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

beforeAll(async () => {
  demo = await startDemoApp();
});

afterAll(async () => {
  await demo?.close();
});

describe('public partner survey', () => {
  it('a respondent fills in their link in the browser and the tie appears in the network', async () => {
    // the local authority with the most organisations
    const all = (await demo.app.graphql<ApiNetwork>(NETWORK)).network;
    const counts = new Map<string, number>();
    for (const n of all.nodes) for (const a of n.areaIds) if (a !== 'area-wales') counts.set(a, (counts.get(a) ?? 0) + 1);
    const [areaKey] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const area = (await demo.app.graphql<ApiNetwork>(NETWORK, { filter: { areaId: areaKey } })).network;

    const coordinator = await createTestAccount(demo.db, 'coordinator', { areaScopes: [areaKey] });
    const opened = await asCoordinator<{ openSurveyWave: { __typename: string; data: { wave: { key: string }; links: { link: string; organisationName: string; organisation: { key: string } }[] } } }>(
      coordinator.token,
      OPEN,
      { input: { name: 'E2E wave', areaKey, date: today, closesOn: '2099-12-31' } },
    );
    expect(opened.openSurveyWave.__typename).toBe('MutationOpenSurveyWaveSuccess');
    const { links } = opened.openSurveyWave.data;
    expect(links.length).toBe(area.nodes.length);

    // a respondent and a partner with a kind of tie they do not have yet
    const respondent = links[0]!;
    const names = new Map(area.nodes.map((n) => [n.id, n.name]));
    let partner = '';
    let kind = '';
    for (const other of [...area.nodes].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))) {
      if (other.id === respondent.organisation.key) continue;
      const between = area.edges.filter((e) => [e.source, e.target].includes(other.id) && [e.source, e.target].includes(respondent.organisation.key));
      const free = TIE_KINDS.find((k) => !between.some((e) => e.kind === k));
      if (free) {
        partner = other.id;
        kind = free;
        break;
      }
    }
    expect(partner).not.toBe('');

    const { page, errors } = await openPage(demo.browser, { lang: 'en' });
    await page.goto(`${demo.app.url}${respondent.link}`);
    await expect.poll(() => page.getByTestId('survey-organisation').textContent(), { timeout: 30_000 }).toBe(respondent.organisationName);
    expect(await axe(page)).toEqual([]);

    // keyboard: choose the partner and add it; focus moves to the new partner's name
    await page.locator('#add-partner-select').focus();
    await page.locator('#add-partner-select').selectOption(partner);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('add-partner');
    await page.keyboard.press('Enter');
    const card = page.locator(`[data-testid="partner-card"][data-partner="${partner}"]`);
    await card.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(names.get(partner));

    // submitting without a kind is refused with an alert that takes focus
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-errors').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('survey-errors');

    await card.locator(`input[type="checkbox"][value="${kind}"]`).check();
    await card.locator('select').selectOption('quarterly');
    await card.locator('input[type="radio"][name$="-trust"][value="3"]').check();
    await card.locator('input[type="radio"][name$="-value"][value="4"]').check();
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('survey-submit').click();
    await expect.poll(() => page.getByTestId('survey-status').textContent(), { timeout: 30_000 }).toContain('Thank you');

    const after = (await demo.app.graphql<ApiNetwork>(NETWORK, { filter: { areaId: areaKey } })).network;
    const tie = after.edges.find(
      (e) => e.kind === kind && e.origin === 'survey' && [e.source, e.target].includes(partner) && [e.source, e.target].includes(respondent.organisation.key),
    );
    expect(tie).toBeDefined();
    expect(tie!.trust).toBe(3);

    // the answers are shown again on return, in Welsh on request
    await page.reload();
    await card.waitFor();
    await page.getByRole('button', { name: 'Cymraeg', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Arolwg partneriaid');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a wrong link shows a clear bilingual-ready error and no form', async () => {
    const { page } = await openPage(demo.browser, { lang: 'en' });
    await page.goto(`${demo.app.url}/survey.html#token=${'x'.repeat(43)}`);
    await page.getByTestId('survey-error').waitFor();
    expect(await page.getByTestId('survey-error').textContent()).toContain('This survey link cannot be used');
    expect(await page.getByTestId('survey-form').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});
