/**
 * Brokering end to end: the demo network in Neo4j, the real server, the built app in headless
 * Chromium. The demo coordinator (Cardiff) signs in through the form, opens the suggestions for a
 * Cardiff organisation, brokers the first one, finds it on the introductions board and moves it on.
 * Every expected name, order, count and status comes from the API; visible strings come from the
 * app's own string files.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cyCore from '../../web/src/i18n/cy.json' with { type: 'json' };
import enCore from '../../web/src/i18n/en.json' with { type: 'json' };
import cyBrokering from '../../web/src/i18n/areas/brokering.cy.json' with { type: 'json' };
import enBrokering from '../../web/src/i18n/areas/brokering.en.json' with { type: 'json' };
import { demoUser, signInAsDemo, type BrowserSession } from '../support/auth.ts';
import { saveScreenshot, seriousAxeViolations } from '../support/browser.ts';
import { startDemoApp, type DemoApp } from '../support/demo-app.ts';

const en = { ...enCore, ...enBrokering };
const cy = { ...cyCore, ...cyBrokering };

interface ApiSuggestion {
  organisationKey: string;
  organisation: { name: string; nameCy: string | null };
  introducerPath: { steps: { key: string }[]; links: { via: string; kind: string | null; trust: number | null }[] } | null;
}
const SUGGESTIONS = `query($organisationKey: String, $need: NeedInput) {
  suggestions(organisationKey: $organisationKey, need: $need, limit: 10) {
    organisationKey organisation { name nameCy } introducerPath { steps { key } links { via kind trust } }
  }
}`;
const OPEN_INTRODUCTIONS = `query($key: String!) {
  introductions(filter: { organisationKey: $key, status: [suggested, introduced, meeting_held] }, first: 100) {
    edges { node { key organisations { key } } }
  }
}`;
interface ApiIntroduction {
  key: string;
  status: string;
  suggestionEvidence: string | null;
  organisations: { key: string }[];
  broker: { key: string; name: string } | null;
  events: { status: string; note: string | null }[];
}
const INTRODUCTIONS_OF = `query($key: String!) {
  introductions(filter: { organisationKey: $key }, first: 100) {
    edges { node { key status suggestionEvidence organisations { key } broker { key name } events { status note } } }
  }
}`;
const BOARD = `query($areaKey: String) {
  introductionBoard(areaKey: $areaKey) { status count introductions { key } }
  brokerageStats(areaKey: $areaKey) { made }
}`;

let demo: DemoApp;
let coordinator: BrowserSession;
const coordinatorArea = demoUser('coordinator').areaScopes[0]!;

/** The API as the signed-in coordinator sees it (people's names are personal data). */
async function asCoordinator<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${demo.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...coordinator.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * A Cardiff organisation with suggestions whose first suggestion is not already being brokered: the
 * first such organisation in key order, so the run is repeatable.
 */
async function pickFocal(): Promise<{ key: string; name: string; nameCy: string | null; suggestions: ApiSuggestion[] }> {
  const orgs = await demo.app.graphql<{ organisations: { edges: { node: { key: string; name: string; nameCy: string | null } }[] } }>(
    `query($areaKey: String) { organisations(filter: { areaKey: $areaKey }, first: 100) { edges { node { key name nameCy } } } }`,
    { areaKey: coordinatorArea },
  );
  for (const { node } of orgs.organisations.edges) {
    const { suggestions } = await demo.app.graphql<{ suggestions: ApiSuggestion[] }>(SUGGESTIONS, { organisationKey: node.key });
    if (suggestions.length < 2 || !suggestions[0]!.introducerPath) continue;
    const open = await demo.app.graphql<{ introductions: { edges: { node: { organisations: { key: string }[] } }[] } }>(OPEN_INTRODUCTIONS, { key: node.key });
    const busy = new Set(open.introductions.edges.flatMap((e) => e.node.organisations.map((o) => o.key)));
    if (busy.has(suggestions[0]!.organisationKey)) continue;
    return { ...node, suggestions };
  }
  throw new Error(`no organisation in ${coordinatorArea} has suggestions to broker`);
}

async function shownNames(page: Page): Promise<string[]> {
  return page.getByTestId('suggestion-name').allTextContents();
}

async function axe(page: Page): Promise<string[]> {
  return (await seriousAxeViolations(page)).map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

let focal: Awaited<ReturnType<typeof pickFocal>>;

beforeAll(async () => {
  demo = await startDemoApp();
  coordinator = await signInAsDemo(demo.app.url, 'coordinator');
  focal = await pickFocal();
});

afterAll(async () => {
  await demo?.close();
});

describe('suggestions, signed out', () => {
  it('lists the API ranking with signals and the introducer path, offers sign-in instead of brokering', async () => {
    const { page, errors } = await demo.open(`#/suggestions?organisation=${focal.key}`);
    await expect.poll(() => shownNames(page), { timeout: 60_000 }).toEqual(focal.suggestions.map((s) => s.organisation.name));
    expect(await page.getByTestId('suggestions-heading').textContent()).toBe(en['brokering.results.forOrganisation'].replace('{name}', focal.name));
    // every suggestion shows each of its signals
    expect(await page.getByTestId('signal-table').count()).toBe(focal.suggestions.length);
    // the first suggestion's path: drawn, and listed step by step
    const first = focal.suggestions[0]!;
    await page.locator('[data-testid="path-diagram"][data-state="ready"]').waitFor();
    expect(Number(await page.getByTestId('path-diagram').getAttribute('data-node-count'))).toBe(first.introducerPath!.steps.length);
    expect(await page.getByTestId('introducer-steps').locator('li').count()).toBe(first.introducerPath!.steps.length);
    // each link says what the API says joins the two steps: the tie's kind and trust, or a shared body
    const linkText = (l: { via: string; kind: string | null; trust: number | null }) => {
      if (l.via === 'body') return en['brokering.path.sitsOn'];
      const kind = en[`tie.${l.kind}` as keyof typeof en];
      return en['brokering.path.via'].replace('{link}', l.trust == null ? kind : en['brokering.path.tie'].replace('{kind}', kind).replace('{trust}', String(l.trust)));
    };
    expect(await page.getByTestId('introducer-steps').locator('.path-link').allTextContents()).toEqual(first.introducerPath!.links.map(linkText));
    // no write action for a visitor: a sign-in link that comes back here
    expect(await page.getByTestId('broker-button').count()).toBe(0);
    expect(await page.getByTestId('broker-sign-in').locator('a').getAttribute('href')).toContain('#/sign-in?next=');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ranks organisations for a need (theme + area) as the API does', async () => {
    const themes = await demo.app.graphql<{ organisation: { themes: { key: string }[] } }>(`query($key: String!) { organisation(key: $key) { themes { key } } }`, {
      key: focal.key,
    });
    const need = { areaKey: coordinatorArea, themeKey: themes.organisation.themes[0]?.key ?? null };
    const { suggestions } = await demo.app.graphql<{ suggestions: ApiSuggestion[] }>(SUGGESTIONS, { need });
    expect(suggestions.length).toBeGreaterThan(0);
    const { page } = await demo.open(`#/suggestions?area=${need.areaKey}${need.themeKey ? `&theme=${need.themeKey}` : ''}`);
    await expect.poll(() => shownNames(page), { timeout: 60_000 }).toEqual(suggestions.map((s) => s.organisation.name));
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it('the network card links to the suggestions for its organisation', async () => {
    const { page } = await demo.open(`#/network?display=table&area=${coordinatorArea}&org=${focal.key}`);
    await page.getByTestId('suggest-partners').click();
    await expect.poll(() => shownNames(page), { timeout: 60_000 }).toEqual(focal.suggestions.map((s) => s.organisation.name));
    expect(page.url()).toContain(`#/suggestions?organisation=${focal.key}`);
    await page.context().close();
  });
});

describe('brokering as the demo coordinator', () => {
  it('brokers the first suggestion, finds it on the board and in the API, and moves it one step', async () => {
    const { page, errors } = await demo.openSignedIn(demoUser('coordinator'), `#/suggestions?organisation=${focal.key}`);
    await expect.poll(() => shownNames(page), { timeout: 60_000 }).toEqual(focal.suggestions.map((s) => s.organisation.name));
    await page.locator('[data-testid="path-diagram"][data-state="ready"]').waitFor();
    expect(await axe(page)).toEqual([]);
    await saveScreenshot(page, 'suggestions');

    // broker the first suggestion
    const candidate = focal.suggestions[0]!;
    const card = page.getByTestId('suggestion').first();
    expect(await card.getAttribute('data-key')).toBe(candidate.organisationKey);
    await card.getByTestId('broker-button').click();
    const broker = card.getByTestId('broker-person');
    // the broker defaults to whoever brokers most in the area; otherwise take the first person listed
    await expect.poll(() => broker.locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    if (!(await broker.inputValue())) await broker.selectOption({ index: 1 });
    const brokerKey = await broker.inputValue();
    expect(await axe(page)).toEqual([]);
    await card.getByTestId('broker-submit').click();
    const result = card.getByTestId('broker-result');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain(candidate.organisation.name);

    // the API has it: suggested, between the two, by the chosen broker, with the evidence
    const mine = (await asCoordinator<{ introductions: { edges: { node: ApiIntroduction }[] } }>(INTRODUCTIONS_OF, { key: focal.key })).introductions.edges
      .map((e) => e.node)
      .filter((i) => i.organisations.some((o) => o.key === candidate.organisationKey) && i.status === 'suggested');
    expect(mine).toHaveLength(1);
    const intro = mine[0]!;
    expect(intro.broker?.key).toBe(brokerKey);
    expect(intro.suggestionEvidence).toContain(candidate.organisation.name);

    // the suggestion now says it is being brokered (after a reload, from the API)
    await page.reload();
    const again = page.locator(`[data-testid="suggestion"][data-key="${candidate.organisationKey}"]`);
    await again.getByTestId('already-brokered').waitFor({ timeout: 60_000 });
    expect(await again.getByTestId('broker-button').count()).toBe(0);

    // the board, reached from the suggestion: columns in the API's order, the new card first in the first column
    await again.getByTestId('already-brokered').locator('a').click();
    await page.getByTestId('introduction-board').waitFor({ timeout: 60_000 });
    const board = await demo.app.graphql<{ introductionBoard: { status: string; count: number; introductions: { key: string }[] }[]; brokerageStats: { made: number } }>(
      BOARD,
      { areaKey: coordinatorArea },
    );
    expect(page.url()).toContain(`area=${coordinatorArea}`);
    const columns = page.locator('[data-testid="introduction-board"] > section');
    expect(await columns.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(board.introductionBoard.map((c) => c.status));
    const firstColumn = page.getByTestId(`column-${board.introductionBoard[0]!.status}`);
    expect(board.introductionBoard[0]!.introductions[0]!.key).toBe(intro.key);
    expect(await firstColumn.getByTestId('introduction-card').first().getAttribute('data-key')).toBe(intro.key);
    expect(await firstColumn.getByTestId('introduction-card').first().textContent()).toContain(intro.broker!.name);
    expect(await page.getByTestId('stat-made').locator('.brokerage-value').textContent()).toBe(new Intl.NumberFormat('en-GB').format(board.brokerageStats.made));
    expect(await axe(page)).toEqual([]);

    // move it one step, with a note, from the keyboard
    const newCard = page.locator(`[data-testid="introduction-card"][data-key="${intro.key}"]`);
    const status = newCard.getByTestId('move-status');
    const next = await status.inputValue();
    const note = `Moved by the e2e test at ${new Date().toISOString()}`;
    await newCard.getByLabel(en['brokering.move.note']).fill(note);
    await newCard.getByTestId('move-submit').focus();
    await page.keyboard.press('Enter');
    const moved = page.getByTestId(`column-${next}`).locator(`[data-testid="introduction-card"][data-key="${intro.key}"]`);
    await moved.waitFor({ timeout: 30_000 });
    // focus followed the card to its new column
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`intro-${intro.key}`);
    const after = (await asCoordinator<{ introductions: { edges: { node: ApiIntroduction }[] } }>(INTRODUCTIONS_OF, { key: focal.key })).introductions.edges
      .map((e) => e.node)
      .find((i) => i.key === intro.key)!;
    expect(after.status).toBe(next);
    expect(after.events.at(-1)).toEqual({ status: next, note });
    // the screenshot shows the view from its top: figures, the announcement, the columns
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'introductions');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('introductions board, signed out, and in Welsh', () => {
  it('shows the board without controls, with a sign-in link, and no serious axe violation', async () => {
    const board = await demo.app.graphql<{ introductionBoard: { status: string; count: number }[] }>(BOARD, { areaKey: null });
    const { page, errors } = await demo.open('#/introductions');
    await page.getByTestId('introduction-board').waitFor({ timeout: 60_000 });
    const counts = await page.getByTestId('column-count').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(counts).toEqual(board.introductionBoard.map((c) => c.count));
    expect(await page.getByTestId('move-form').count()).toBe(0);
    expect(await page.getByTestId('board-sign-in').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the language switch turns the headings of both views into Welsh', async () => {
    const { page } = await demo.open('#/introductions');
    await page.getByTestId('introduction-board').waitFor({ timeout: 60_000 });
    const h1 = page.locator('h1#view-title');
    const firstColumn = page.locator('#column-suggested-title');
    expect(await h1.textContent()).toBe(en['view.introductions.title']);
    expect(await firstColumn.textContent()).toContain(en['brokering.status.suggested']);
    await page.getByTestId('language-switch').click();
    await expect.poll(() => h1.textContent()).toBe(cy['view.introductions.title']);
    expect(await firstColumn.textContent()).toContain(cy['brokering.status.suggested']);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await axe(page)).toEqual([]);

    await page.goto(`${demo.app.url}/#/suggestions?organisation=${focal.key}`);
    await expect.poll(() => shownNames(page), { timeout: 60_000 }).toEqual(focal.suggestions.map((s) => s.organisation.nameCy || s.organisation.name));
    expect(await h1.textContent()).toBe(cy['view.suggestions.title']);
    expect(await page.getByTestId('suggestions-heading').textContent()).toBe(
      cy['brokering.results.forOrganisation'].replace('{name}', focal.nameCy || focal.name),
    );
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});
