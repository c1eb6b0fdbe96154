/**
 * The gaps overlay on the network canvas, end to end: the demo network in Neo4j, the real server,
 * the built app in headless Chromium. The gap, its area and every expected organisation come from
 * the API's answers; nothing is a constant.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAxeViolations, waitForNetwork } from '../support/browser.ts';
import { startDemoApp, type DemoApp } from '../support/demo-app.ts';

interface ApiGap {
  id: string;
  type: string;
  entities: { key: string; label: string; role: string }[];
  bridgingOrganisations: { key: string }[];
}
interface ApiNetwork {
  nodes: { id: string; areaIds: string[] }[];
  edges: { source: string; target: string }[];
}

const GAPS = `query($areaKey: String, $types: [GapType!]) {
  gaps(areaKey: $areaKey, types: $types) { gaps { id type entities { key label role } bridgingOrganisations { key } } }
}`;
const NETWORK = `query($filter: NetworkFilter) { network(filter: $filter) { nodes { id areaIds } edges { source target } } }`;

let demo: DemoApp;
/** the area with a structural hole, its network, and its structural-hole gaps */
let areaKey: string;
let areaNetwork: ApiNetwork;
let holes: ApiGap[];

const organisationsOf = (gaps: ApiGap[]) => new Set(gaps.flatMap((g) => g.entities.filter((e) => e.label === 'Organisation').map((e) => e.key)));
const hasBridging = (g: ApiGap) => g.bridgingOrganisations.length > 0 && g.entities.some((e) => e.role === 'community_a');

async function gapsFor(area: string | null, types: string[]): Promise<ApiGap[]> {
  return (await demo.app.graphql<{ gaps: { gaps: ApiGap[] } }>(GAPS, { areaKey: area, types })).gaps.gaps;
}

async function networkFor(areaId: string): Promise<ApiNetwork> {
  return (await demo.app.graphql<{ network: ApiNetwork }>(NETWORK, { filter: { areaId } })).network;
}

/**
 * A structural hole with organisations best placed to bridge it: found in the all-Wales report, its
 * area being the smallest area all of the cut-off group works in; the area's own report must have it.
 */
async function findHoleArea(): Promise<string> {
  const all = (await demo.app.graphql<{ network: ApiNetwork }>(NETWORK, {})).network;
  const areasOf = new Map(all.nodes.map((n) => [n.id, n.areaIds]));
  const candidates: string[] = [];
  for (const gap of (await gapsFor(null, ['structural_hole'])).filter(hasBridging)) {
    const group = gap.entities.filter((e) => e.role === 'community_a').map((e) => e.key);
    const shared = (areasOf.get(group[0]!) ?? []).filter((a) => a !== 'area-wales' && group.every((id) => areasOf.get(id)?.includes(a)));
    candidates.push(...shared);
  }
  // when no all-Wales hole names one area, every area in the network is a candidate
  if (candidates.length === 0) candidates.push(...new Set(all.nodes.flatMap((n) => n.areaIds).filter((a) => a !== 'area-wales')));
  const sized = await Promise.all([...new Set(candidates)].map(async (a) => ({ a, size: (await networkFor(a)).nodes.length })));
  for (const { a } of sized.sort((x, y) => x.size - y.size)) {
    if ((await gapsFor(a, ['structural_hole'])).some(hasBridging)) return a;
  }
  throw new Error('the demo network has no structural hole with bridging organisations');
}

beforeAll(async () => {
  demo = await startDemoApp();
  areaKey = await findHoleArea();
  areaNetwork = await networkFor(areaKey);
  holes = await gapsFor(areaKey, ['structural_hole']);
});

afterAll(async () => {
  await demo?.close();
});

const canvas = (page: Page) => page.getByTestId('network-canvas');
const highlightedCount = async (page: Page) => Number(await canvas(page).getAttribute('data-highlighted'));
const hook = <T,>(page: Page, call: 'highlighted' | 'ghosts' | 'ties') =>
  page.evaluate((name) => {
    const h = (window as unknown as { __cyswlltCanvas?: Record<string, () => unknown> }).__cyswlltCanvas;
    if (!h) throw new Error('no canvas test hook');
    return h[name]!();
  }, call) as Promise<T>;

describe('gaps overlay on the network canvas', () => {
  it('highlights exactly the organisations of a structural hole, with ghost bridges that are not ties', async () => {
    const expected = organisationsOf(holes);
    expect(holes.length).toBeGreaterThan(0);
    expect(expected.size).toBeGreaterThan(0);
    const onCanvas = new Set(areaNetwork.nodes.map((n) => n.id));
    for (const id of expected) expect(onCanvas.has(id), `${id} is in the ${areaKey} network`).toBe(true);

    const { page, errors } = await demo.open(`#/network?area=${areaKey}`);
    await waitForNetwork(page);
    expect(await canvas(page).getAttribute('data-edge-count')).toBe(String(areaNetwork.edges.length));

    await page.getByRole('button', { name: 'Gaps', exact: true }).click();
    const checkbox = page.locator('#gap-type-structural_hole');
    await checkbox.waitFor({ timeout: 60_000 });
    await expect.poll(() => checkbox.locator('xpath=following-sibling::label').textContent()).toContain(`(${holes.length})`);
    await checkbox.check();

    await expect.poll(() => highlightedCount(page), { timeout: 30_000 }).toBe(expected.size);
    expect(new Set(await hook<string[]>(page, 'highlighted'))).toEqual(expected);
    await expect.poll(() => page.getByTestId('gaps-highlighted').getAttribute('data-value')).toBe(String(expected.size));
    await expect.poll(() => page.getByTestId('gaps-overlay-list').locator('li').count()).toBe(holes.length);

    // ghost edges: drawn, none of them an existing tie, and the tie count unchanged
    const ghosts = await hook<[string, string][]>(page, 'ghosts');
    expect(ghosts.length).toBeGreaterThan(0);
    const ties = new Set(areaNetwork.edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]));
    for (const [a, b] of ghosts) expect(ties.has(`${a}|${b}`)).toBe(false);
    expect(Number(await canvas(page).getAttribute('data-ghost-count'))).toBe(ghosts.length);
    expect(await hook<number>(page, 'ties')).toBe(areaNetwork.edges.length);
    expect(await canvas(page).getAttribute('data-edge-count')).toBe(String(areaNetwork.edges.length));
    expect(await page.getByTestId('node-count').textContent()).toContain(new Intl.NumberFormat('en-GB').format(areaNetwork.edges.length));
    expect(await page.getByTestId('legend-overlay').textContent()).toContain('Suggested bridge (not a tie)');

    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    // a taller window so the picture shows the canvas, not just the controls above it
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await page.waitForTimeout(600);
    await saveScreenshot(page, 'gaps-overlay');

    // the table alternative marks the same organisations
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const marked = page.locator('[data-testid="organisations-table"] tbody tr[data-highlighted="true"]');
    await expect.poll(() => marked.count(), { timeout: 30_000 }).toBe(expected.size);
    expect(new Set(await marked.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id'))))).toEqual(expected);
    const tableViolations = await seriousAxeViolations(page);
    expect(tableViolations, JSON.stringify(tableViolations, null, 2)).toEqual([]);

    // choosing one gap narrows the overlay to it
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    await waitForNetwork(page);
    const first = page.getByTestId('gaps-overlay-list').locator('li').first();
    const gapId = await first.getAttribute('data-gap-id');
    const gap = holes.find((g) => g.id === gapId)!;
    expect(gap).toBeDefined();
    await first.locator('button').click();
    await expect.poll(() => highlightedCount(page), { timeout: 30_000 }).toBe(organisationsOf([gap]).size);
    expect(new Set(await hook<string[]>(page, 'highlighted'))).toEqual(organisationsOf([gap]));
    expect(page.url()).toContain(`gap=${encodeURIComponent(gap.id)}`);

    // toggled off: no highlight, no ghost edge left behind
    await page.getByRole('button', { name: 'Gaps', exact: true }).click();
    await expect.poll(() => canvas(page).getAttribute('data-overlay')).toBe('off');
    expect(await hook<[string, string][]>(page, 'ghosts')).toEqual([]);
    expect(await hook<string[]>(page, 'highlighted')).toEqual([]);
    expect(await hook<number>(page, 'ties')).toBe(areaNetwork.edges.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the canvas as a PNG and an SVG named after the filter and date', async () => {
    const { page, errors } = await demo.open(`#/network?area=${areaKey}&gaps=on&gapTypes=structural_hole`);
    await waitForNetwork(page);
    await expect.poll(() => highlightedCount(page), { timeout: 30_000 }).toBe(organisationsOf(holes).size);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the map as PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(new RegExp(`^cyswllt-network-${areaKey}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    const bytes = readFileSync((await png.path())!);
    expect(bytes.length).toBeGreaterThan(1000);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the map as SVG' }).click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    // every organisation is drawn, and the ghost bridges are dashed
    expect(text.match(/<(ellipse|rect|polygon) /g)!.length).toBeGreaterThanOrEqual(areaNetwork.nodes.length);
    expect(text).toContain('stroke-dasharray="7 5"');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens from the gaps list with the overlay on for that gap', async () => {
    const gap = holes.find(hasBridging)!;
    const { page, errors } = await demo.open('#/gaps');
    await page.locator('#gaps-area').selectOption(areaKey);
    const link = page.locator(`a[data-gap-link="${gap.id}"]`);
    await link.waitFor({ timeout: 60_000 });
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await link.click();
    await waitForNetwork(page);
    expect(page.url()).toContain(`area=${areaKey}`);
    await expect.poll(() => highlightedCount(page), { timeout: 30_000 }).toBe(organisationsOf([gap]).size);
    expect(new Set(await hook<string[]>(page, 'highlighted'))).toEqual(organisationsOf([gap]));
    expect(await page.locator(`[data-gap-id="${gap.id}"] button`).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('highlights the organisations behind gaps about bodies, and single points of failure', async () => {
    const onCanvas = new Set(areaNetwork.nodes.map((n) => n.id));
    // a kind of gap about bodies alone (no organisation, no person named): its organisations are the bodies' members and seat holders' employers
    const representation = await gapsFor(areaKey, ['body_without_third_sector_seat', 'vacant_seat', 'partnership_missing_sector']);
    const bodyOnly = representation.filter((g) => !g.entities.some((e) => e.label === 'Organisation' || e.label === 'Person'));
    const type = bodyOnly[0]?.type;
    expect(type, `a gap about bodies in ${areaKey}`).toBeDefined();
    const ofType = representation.filter((g) => g.type === type);
    const bodies = new Set(ofType.flatMap((g) => g.entities.filter((e) => e.label === 'Body').map((e) => e.key)));
    const expected = new Set<string>();
    for (const bodyId of bodies) {
      for (const n of (await demo.app.graphql<{ network: ApiNetwork }>(NETWORK, { filter: { bodyId } })).network.nodes) if (onCanvas.has(n.id)) expected.add(n.id);
    }
    expect(expected.size).toBeGreaterThan(0);
    const { page, errors } = await demo.open(`#/network?area=${areaKey}&gaps=on&gapTypes=${type}`);
    await waitForNetwork(page);
    await expect.poll(() => highlightedCount(page), { timeout: 30_000 }).toBe(expected.size);
    expect(new Set(await hook<string[]>(page, 'highlighted'))).toEqual(expected);

    const cuts = await gapsFor(areaKey, ['articulation_point']);
    expect(cuts.length, `a single point of failure in ${areaKey}`).toBeGreaterThan(0);
    await page.locator('#gap-type-articulation_point').check();
    await page.locator(`#gap-type-${type}`).uncheck();
    await expect.poll(() => highlightedCount(page), { timeout: 30_000 }).toBe(organisationsOf(cuts).size);
    expect(new Set(await hook<string[]>(page, 'highlighted'))).toEqual(organisationsOf(cuts));
    expect(await page.getByTestId('legend-overlay').textContent()).toContain('Single point of failure');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sizes organisations by a chosen metric', async () => {
    const { page, errors } = await demo.open(`#/network?area=${areaKey}`);
    await waitForNetwork(page);
    expect(await canvas(page).getAttribute('data-size-by')).toBe('degree');
    await page.locator('#size-by').selectOption('betweenness');
    await expect.poll(() => canvas(page).getAttribute('data-size-by'), { timeout: 30_000 }).toBe('betweenness');
    expect(page.url()).toContain('size=betweenness');
    expect(await page.locator('.legend-note').textContent()).toBe('Size shows betweenness');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
