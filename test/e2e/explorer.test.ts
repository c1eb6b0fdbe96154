/**
 * The network explorer end to end: the demo network in Neo4j, the real server, the built app in
 * headless Chromium. Every expected count comes from the API, never from constants.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cyGaps from '../../web/src/i18n/areas/gaps.cy.json' with { type: 'json' };
import enGaps from '../../web/src/i18n/areas/gaps.en.json' with { type: 'json' };
import { pixelStats, saveScreenshot, waitForNetwork, type AppPage } from '../support/browser.ts';
import { startDemoApp, type DemoApp } from '../support/demo-app.ts';

interface ApiNetwork {
  network: { nodes: { id: string; name: string; areaIds: string[] }[]; edges: { id: string }[] };
}
const NETWORK = `query($filter: NetworkFilter) { network(filter: $filter) { nodes { id name areaIds } edges { id } } }`;

let demo: DemoApp;
let all: ApiNetwork['network'];

beforeAll(async () => {
  demo = await startDemoApp();
  all = (await demo.app.graphql<ApiNetwork>(NETWORK)).network;
});

afterAll(async () => {
  await demo?.close();
});

async function shownCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('node-count').getAttribute('data-value'));
}

const open = (hash = '#/network'): Promise<AppPage> => demo.open(hash);

describe('network view', () => {
  it('draws the whole network: counts match the API and the canvas is not blank', async () => {
    expect(all.nodes.length).toBeGreaterThan(0);
    const { page, errors } = await open();
    await waitForNetwork(page);
    expect(await shownCount(page)).toBe(all.nodes.length);
    const canvas = page.getByTestId('network-canvas');
    expect(Number(await canvas.getAttribute('data-node-count'))).toBe(all.nodes.length);
    await expect.poll(() => page.getByTestId('node-count').textContent()).toContain(new Intl.NumberFormat('en-GB').format(all.edges.length));
    expect(await canvas.getAttribute('aria-label')).toContain(new Intl.NumberFormat('en-GB').format(all.nodes.length));

    const pixels = await pixelStats(page, '[data-testid="network-canvas"]');
    // nodes and edges cover a visible share of the canvas, in several sector colours
    expect(pixels.nonBackground / pixels.total).toBeGreaterThan(0.01);
    expect(pixels.colours).toBeGreaterThan(8);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters by area: fewer organisations, the same number as the API returns for that area', async () => {
    // the local authority with the most organisations in the demo network
    const counts = new Map<string, number>();
    for (const n of all.nodes) for (const a of n.areaIds) if (a !== 'area-wales') counts.set(a, (counts.get(a) ?? 0) + 1);
    const [areaId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const expected = (await demo.app.graphql<ApiNetwork>(NETWORK, { filter: { areaId } })).network;
    expect(expected.nodes.length).toBeGreaterThan(0);
    expect(expected.nodes.length).toBeLessThan(all.nodes.length);

    const { page } = await open();
    await waitForNetwork(page);
    await page.locator('#filter-area').selectOption(areaId);
    await expect.poll(() => shownCount(page), { timeout: 30_000 }).toBe(expected.nodes.length);
    await waitForNetwork(page);
    expect(Number(await page.getByTestId('network-canvas').getAttribute('data-node-count'))).toBe(expected.nodes.length);
    expect(page.url()).toContain(`area=${areaId}`);

    // back to everything, then to the area again: positions come from the cache, no new layout
    await page.locator('#filter-area').selectOption('');
    await expect.poll(() => shownCount(page), { timeout: 30_000 }).toBe(all.nodes.length);
    await waitForNetwork(page);
    await page.locator('#filter-area').selectOption(areaId);
    await expect.poll(() => shownCount(page), { timeout: 30_000 }).toBe(expected.nodes.length);
    await waitForNetwork(page);
    expect(await page.getByTestId('network-canvas').getAttribute('data-layout')).toBe('cached');
    await page.context().close();
  });

  it('filters by a body (within an area): the organisations the API gives for that body', async () => {
    const areaId = 'area-cardiff';
    const bodies = await demo.app.graphql<{ bodies: { edges: { node: { key: string } }[] } }>(
      `query { bodies(filter: { areaKey: "${areaId}" }, first: 50) { edges { node { key } } } }`,
    );
    // the first body of the area whose network is not empty
    let bodyKey = '';
    let expected: ApiNetwork['network'] | null = null;
    for (const { node } of bodies.bodies.edges) {
      const net = (await demo.app.graphql<ApiNetwork>(NETWORK, { filter: { areaId, bodyId: node.key } })).network;
      if (net.nodes.length > 0) {
        bodyKey = node.key;
        expected = net;
        break;
      }
    }
    expect(expected, 'a Cardiff body with members').not.toBeNull();
    const { page } = await open(`#/network?area=${areaId}`);
    await waitForNetwork(page);
    await page.locator('#filter-body').selectOption(bodyKey);
    await expect.poll(() => shownCount(page), { timeout: 30_000 }).toBe(expected!.nodes.length);
    await waitForNetwork(page);
    expect(Number(await page.getByTestId('network-canvas').getAttribute('data-node-count'))).toBe(expected!.nodes.length);
    expect(page.url()).toContain(`body=${bodyKey}`);
    await page.context().close();
  });

  it('lists the same organisations and ties in the table alternative', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Table' }).click();
    const rows = page.locator('[data-testid="organisations-table"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(Math.min(all.nodes.length, 1000));
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(new Set(ids)).toEqual(new Set(all.nodes.slice(0, 1000).map((n) => n.id)));
    await expect(page.locator('[data-testid="organisations-table"] caption').textContent()).resolves.toContain(
      new Intl.NumberFormat('en-GB').format(all.nodes.length),
    );

    await page.getByRole('button', { name: 'Ties', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid="ties-table"] tbody tr').count()).toBe(Math.min(all.edges.length, 1000));

    // a row opens the organisation's card
    await page.getByRole('button', { name: 'Organisations', exact: true }).click();
    const first = rows.first();
    const name = (await first.locator('th button').textContent()) ?? '';
    await first.locator('th button').click();
    await expect.poll(() => page.getByTestId('organisation-panel').locator('h2').textContent()).toBe(name);
    await page.context().close();
  });

  it('finds an organisation by name and opens its card', async () => {
    const target = all.nodes[Math.floor(all.nodes.length / 2)]!;
    const { page } = await open();
    await waitForNetwork(page);
    await page.getByLabel('Search').fill(target.name);
    await page.getByRole('button', { name: 'Find' }).click();
    await expect.poll(() => page.getByTestId('organisation-panel').locator('h2').textContent()).toBe(target.name);
    expect(page.url()).toContain(`org=${target.id}`);
    await page.context().close();
  });
});

describe('ego network and connection paths', () => {
  const EGO = `query($key: String!, $depth: Int) { egoNetwork(key: $key, depth: $depth) { nodes { id } edges { id } } }`;
  const PATHS = `query($from: String!, $to: String!) { connectionPaths(from: $from, to: $to, limit: 3) { length steps { key label } } }`;

  /** the organisation with the most ties (its ego network is bigger than one node, smaller than all) */
  async function hub(): Promise<{ id: string; name: string }> {
    const full = (await demo.app.graphql<{ network: { nodes: { id: string; name: string }[]; edges: { source: string; target: string }[] } }>(
      `{ network { nodes { id name } edges { source target } } }`,
    )).network;
    const deg = new Map<string, number>();
    for (const e of full.edges) for (const id of [e.source, e.target]) deg.set(id, (deg.get(id) ?? 0) + 1);
    const [id] = [...deg.entries()].sort((a, b) => b[1] - a[1])[0]!;
    return full.nodes.find((n) => n.id === id)!;
  }

  it('shows the ego network of an organisation at depth 1 and 2, with the API counts', async () => {
    const centre = await hub();
    const depth1 = (await demo.app.graphql<{ egoNetwork: { nodes: unknown[] } }>(EGO, { key: centre.id, depth: 1 })).egoNetwork;
    const depth2 = (await demo.app.graphql<{ egoNetwork: { nodes: unknown[] } }>(EGO, { key: centre.id, depth: 2 })).egoNetwork;
    expect(depth1.nodes.length).toBeGreaterThan(1);
    expect(depth2.nodes.length).toBeGreaterThan(depth1.nodes.length);

    const { page, errors } = await open(`#/network?org=${centre.id}`);
    await waitForNetwork(page);
    await page.getByRole('button', { name: 'Show its network' }).click();
    await expect.poll(() => shownCount(page), { timeout: 30_000 }).toBe(depth1.nodes.length);
    await waitForNetwork(page);
    expect(await page.getByTestId('ego-banner').locator('h2').textContent()).toContain(centre.name);
    await page.locator('#ego-depth').selectOption('2');
    await expect.poll(() => shownCount(page), { timeout: 30_000 }).toBe(depth2.nodes.length);
    await page.getByRole('button', { name: 'Back to the whole network' }).click();
    await expect.poll(() => shownCount(page), { timeout: 30_000 }).toBe(all.nodes.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the paths the API finds between two organisations', async () => {
    const from = await hub();
    // an organisation two steps away: a partner's partner that is not a partner
    const ego1 = (await demo.app.graphql<{ egoNetwork: { nodes: { id: string }[] } }>(EGO, { key: from.id, depth: 1 })).egoNetwork;
    const ego2 = (await demo.app.graphql<{ egoNetwork: { nodes: { id: string }[] } }>(EGO, { key: from.id, depth: 2 })).egoNetwork;
    const near = new Set(ego1.nodes.map((n) => n.id));
    const toId = ego2.nodes.map((n) => n.id).find((id) => !near.has(id))!;
    const to = all.nodes.find((n) => n.id === toId)!;
    const paths = (await demo.app.graphql<{ connectionPaths: { steps: { key: string }[] }[] }>(PATHS, { from: from.id, to: to.id })).connectionPaths;
    expect(paths.length).toBeGreaterThan(0);

    const { page } = await open(`#/network?org=${from.id}`);
    await waitForNetwork(page);
    await page.getByLabel('Another organisation').fill(to.name);
    await page.getByRole('button', { name: 'Find connections' }).click();
    const shown = page.getByTestId('connection-paths').locator('.path');
    await expect.poll(() => shown.count(), { timeout: 30_000 }).toBe(paths.length);
    expect(await shown.first().locator('li').count()).toBe(paths[0]!.steps.length);
    expect(await shown.first().textContent()).toContain(to.name);
    await saveScreenshot(page, 'network-paths');
    await page.context().close();
  });
});

describe('gaps', () => {
  it('lists every gap the API reports for Wales, and for one area', async () => {
    const GAPS = `query($areaKey: String) { gaps(areaKey: $areaKey) { gaps { id } } }`;
    const wales = (await demo.app.graphql<{ gaps: { gaps: unknown[] } }>(GAPS)).gaps.gaps;
    expect(wales.length).toBeGreaterThan(0);
    const { page, errors } = await open('#/gaps');
    await expect.poll(() => page.getByTestId('gaps-count').getAttribute('data-value'), { timeout: 60_000 }).toBe(String(wales.length));
    await expect.poll(() => page.locator('[data-testid="gaps-table"] tbody tr').count()).toBe(Math.min(wales.length, 100));
    // each row lists a gap's first six entities and counts the rest, as the API counts them
    // (signed out, like the page: a person's name is withheld and the page says "A representative")
    const COUNTED = `query { gaps { gaps { id entityCount entities(first: 6) { name nameCy nameHidden } } } }`;
    type Counted = { id: string; entityCount: number; entities: { name: string; nameCy: string | null; nameHidden: boolean }[] };
    const counted = (await demo.app.graphql<{ gaps: { gaps: Counted[] } }>(COUNTED)).gaps.gaps;
    const shownName = (e: Counted['entities'][number]) => (e.nameHidden ? enGaps['gaps.hiddenPerson'] : e.name);
    const shownNameCy = (e: Counted['entities'][number]) => (e.nameHidden ? cyGaps['gaps.hiddenPerson'] : (e.nameCy ?? e.name));
    const shown = new Set(await page.locator('[data-testid="gaps-table"] [data-gap-link]').evaluateAll((links) => links.map((l) => l.getAttribute('data-gap-link'))));
    const big = counted.filter((g) => shown.has(g.id) && g.entityCount > 6).sort((a, b) => b.entityCount - a.entityCount)[0]!;
    expect(big).toBeDefined();
    const row = page.locator(`[data-testid="gaps-table"] tbody tr:has([data-gap-link="${big.id}"])`);
    expect(await row.locator('.entity-list li:not(.muted)').allTextContents()).toEqual(big.entities.map(shownName));
    const aboutSomeone = counted.find((g) => shown.has(g.id) && g.entities.some((e) => e.nameHidden))!;
    expect(aboutSomeone).toBeDefined();
    const itsRow = page.locator(`[data-testid="gaps-table"] tbody tr:has([data-gap-link="${aboutSomeone.id}"])`);
    expect(await itsRow.locator('.entity-list li:not(.muted)').allTextContents()).toEqual(aboutSomeone.entities.map(shownName));
    expect(await itsRow.locator('.entity-list').textContent()).toContain(enGaps['gaps.hiddenPerson']);
    expect(await row.locator('.entity-list li.muted').textContent()).toBe(`+${(big.entityCount - 6).toLocaleString('en-GB')}`);
    // in Welsh, the Welsh names the API gives, and the Welsh word for a withheld person
    await page.getByTestId('language-switch').click();
    await expect.poll(() => row.locator('.entity-list li:not(.muted)').allTextContents()).toEqual(big.entities.map(shownNameCy));
    expect(await itsRow.locator('.entity-list li:not(.muted)').allTextContents()).toEqual(aboutSomeone.entities.map(shownNameCy));
    expect(big.entities.some((e) => e.nameCy && e.nameCy !== e.name) || aboutSomeone.entities.some((e) => e.nameCy && e.nameCy !== e.name)).toBe(true);
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');

    const areaKey = all.nodes.flatMap((n) => n.areaIds).find((a) => a !== 'area-wales')!;
    const local = (await demo.app.graphql<{ gaps: { gaps: unknown[] } }>(GAPS, { areaKey })).gaps.gaps;
    await page.locator('#gaps-area').selectOption(areaKey);
    await expect.poll(() => page.getByTestId('gaps-count').getAttribute('data-value'), { timeout: 60_000 }).toBe(String(local.length));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('language', () => {
  it('switches every label to Welsh, sets <html lang> and remembers it after a reload', async () => {
    const { page } = await open();
    await waitForNetwork(page);
    await expect.poll(() => page.locator('nav[aria-label="Main"] a[aria-current="page"]').textContent()).toBe('Network');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('cy');
    await expect.poll(() => page.locator('nav a[aria-current="page"]').textContent()).toBe('Rhwydwaith');
    await expect.poll(() => page.locator('label[for="filter-area"]').textContent()).toBe('Ardal');
    expect(await page.getByTestId('node-count').textContent()).toContain('sefydliad');

    await page.reload();
    await waitForNetwork(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Rhwydwaith');
    expect(await page.locator('label[for="filter-sector"]').textContent()).toBe('Sector');
    expect(await page.locator('label[for="filter-date"]').textContent()).toBe('Dyddiad');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('nav a[aria-current="page"]').textContent()).toBe('Network');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });
});
