/**
 * The evaluator dashboard end to end: the demo network in Neo4j, the real server, the built app in
 * headless Chromium. Every expected figure is asked of the API (networkMetrics, compareNetworks,
 * exportNetwork's network) for the filter and date the page shows, never written down here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAxeViolations, type AppPage } from '../support/browser.ts';
import { startDemoApp, type DemoApp } from '../support/demo-app.ts';

// graphology is a dependency of the server package; load the same copy the server uses
const Graph = createRequire(new URL('../../server/package.json', import.meta.url))('graphology') as Parameters<typeof parseGexf>[0];

const WHOLE = ['organisations', 'ties', 'density', 'components', 'averageClustering', 'eiIndex', 'crossSectorTieRatio', 'assortativity', 'modularity'] as const;
type Whole = Record<(typeof WHOLE)[number], number | null>;
interface ApiMetrics extends Whole {
  asOf: string;
  communities: { index: number }[];
  articulationPoints: string[];
  bridges: { a: string }[];
  mixingMatrix: { values: string[]; rows: { value: string; counts: number[] }[] };
  nodes: { key: string; degree: number }[];
}
const METRICS = `query($filter: NetworkFilter, $asOf: Date) {
  networkMetrics(filter: $filter, asOf: $asOf) {
    asOf ${WHOLE.join(' ')} communities { index } articulationPoints bridges { a }
    mixingMatrix { values rows { value counts } } nodes { key degree }
  }
}`;
const COMPARE = `query($filter: NetworkFilter, $from: Date!, $to: Date!) {
  compareNetworks(filter: $filter, from: $from, to: $to) { appeared { id } ended { id } metrics { metric from to change } }
}`;

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp();
});

afterAll(async () => {
  await demo?.close();
});

const metricsOf = async (asOf: string, filter: Record<string, string> = {}) =>
  (await demo.app.graphql<{ networkMetrics: ApiMetrics }>(METRICS, { filter, asOf })).networkMetrics;

/** The dashboard (or `hash`), once its body is shown. */
async function open(hash = '#/dashboard'): Promise<AppPage> {
  const opened = await demo.open(hash);
  await opened.page.getByTestId('dashboard-body').waitFor({ timeout: 60_000 });
  return opened;
}

/** The date every figure on the page is for (the page's today unless the address names one). */
async function pageAsOf(page: Page): Promise<string> {
  return (await page.getByTestId('dashboard-body').getAttribute('data-as-of'))!;
}

async function shownMeasures(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-testid^="measure-"]')
    .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-testid')!.slice('measure-'.length), el.getAttribute('data-value') ?? ''])));
}

function expectMeasures(shown: Record<string, string>, api: ApiMetrics): void {
  for (const metric of WHOLE) {
    const value = api[metric];
    expect(shown[metric], metric).toBe(value === null ? '' : String(value));
  }
  expect(Number(shown.communities)).toBe(api.communities.length);
  expect(Number(shown.articulationPoints)).toBe(api.articulationPoints.length);
  expect(Number(shown.bridges)).toBe(api.bridges.length);
}

/** The local authority with the most organisations: a real filter with a smaller network. */
async function busiestArea(asOf: string): Promise<string> {
  const { network } = await demo.app.graphql<{ network: { nodes: { areaIds: string[] }[] } }>(`query($asOf: Date) { network(asOf: $asOf) { nodes { areaIds } } }`, { asOf });
  const counts = new Map<string, number>();
  for (const n of network.nodes) for (const a of n.areaIds) if (a !== 'area-wales') counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('evaluator dashboard', () => {
  it('shows the API’s whole-network figures for the filter, and a filter change updates them', async () => {
    const { page, errors } = await open();
    const asOf = await pageAsOf(page);
    const all = await metricsOf(asOf);
    expectMeasures(await shownMeasures(page), all);
    expect(await page.getByTestId('measure-organisations').textContent()).toBe(new Intl.NumberFormat('en-GB').format(all.organisations!));
    // every figure has its definition next to it
    expect(await page.locator('[data-testid="network-measures"] .measure details').count()).toBe(await page.locator('[data-testid="network-measures"] .measure').count());

    const areaId = await busiestArea(asOf);
    const area = await metricsOf(asOf, { areaId });
    expect(area.organisations).toBeLessThan(all.organisations!);
    await page.locator('#dashboard-area').selectOption(areaId);
    await expect.poll(async () => (await shownMeasures(page)).organisations, { timeout: 60_000 }).toBe(String(area.organisations));
    await expect.poll(() => page.getByTestId('dashboard-body').getAttribute('aria-busy')).toBeNull();
    expectMeasures(await shownMeasures(page), area);
    expect(page.url()).toContain(`area=${areaId}`);

    // the charts end at the page's date with the same figures
    await page.getByTestId('trend-charts').waitFor({ timeout: 120_000 });
    const lastEi = page.locator('[data-testid="chart-ei"] td[data-date]').last();
    expect(await lastEi.getAttribute('data-date')).toBe(asOf);
    expect(await lastEi.getAttribute('data-value')).toBe(area.eiIndex === null ? '' : String(area.eiIndex));
    const lastDensity = page.locator('[data-testid="chart-density"] td[data-date]').last();
    expect(await lastDensity.getAttribute('data-value')).toBe(String(area.density));

    // the organisation table sorts: by degree, the first row has the highest degree
    await page.locator('[data-testid="organisation-metrics"] thead button', { hasText: 'Degree' }).click();
    const firstId = await page.locator('[data-testid="organisation-metrics"] tbody tr').first().getAttribute('data-id');
    const maxDegree = Math.max(...area.nodes.map((n) => n.degree));
    expect(area.nodes.find((n) => n.key === firstId)!.degree).toBe(maxDegree);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the API’s mixing matrix in the heatmap, cell by cell', async () => {
    const { page } = await open();
    const asOf = await pageAsOf(page);
    const areaId = await busiestArea(asOf);
    const api = await metricsOf(asOf, { areaId });
    await page.locator('#dashboard-area').selectOption(areaId);
    await expect.poll(async () => (await shownMeasures(page)).organisations, { timeout: 60_000 }).toBe(String(api.organisations));
    await expect.poll(() => page.getByTestId('dashboard-body').getAttribute('aria-busy')).toBeNull();
    const cells = await page
      .locator('[data-testid="mixing-matrix"] td[data-row]')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-row'), td.getAttribute('data-col'), Number(td.getAttribute('data-value')), Number((td.textContent ?? '').replace(/,/g, ''))] as const));
    const expected = api.mixingMatrix.rows.flatMap((row) => row.counts.map((count, j) => [row.value, api.mixingMatrix.values[j], count, count] as const));
    expect(expected.length).toBeGreaterThan(1);
    expect(cells).toEqual(expected);
    await page.context().close();
  });

  it('compares two dates with the API’s appeared and ended counts', async () => {
    const { page } = await open();
    const to = await pageAsOf(page);
    const from = `${Number(to.slice(0, 4)) - 3}-01-01`;
    const api = (await demo.app.graphql<{ compareNetworks: { appeared: unknown[]; ended: unknown[]; metrics: { metric: string; to: number | null }[] } }>(COMPARE, { filter: {}, from, to })).compareNetworks;
    expect(api.appeared.length).toBeGreaterThan(0);
    await page.locator('#compare-from').fill(from);
    await page.locator('#compare-to').fill(to);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.locator(`[data-testid="comparison"][data-from="${from}"][data-to="${to}"]`).waitFor({ timeout: 60_000 });
    expect(Number(await page.getByTestId('compare-appeared').getAttribute('data-value'))).toBe(api.appeared.length);
    expect(Number(await page.getByTestId('compare-ended').getAttribute('data-value'))).toBe(api.ended.length);
    const tiesRow = page.locator('[data-testid="compare-metrics"] tr[data-metric="ties"] td');
    expect(await tiesRow.nth(1).textContent()).toBe(new Intl.NumberFormat('en-GB').format(api.metrics.find((m) => m.metric === 'ties')!.to!));
    await page.context().close();
  });

  it('downloads the filtered network as a GEXF document with the API’s organisations', async () => {
    const { page } = await open();
    const asOf = await pageAsOf(page);
    const areaId = await busiestArea(asOf);
    const api = await metricsOf(asOf, { areaId });
    await page.locator('#dashboard-area').selectOption(areaId);
    await expect.poll(async () => (await shownMeasures(page)).organisations, { timeout: 60_000 }).toBe(String(api.organisations));
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('[data-testid="export-buttons"] button[data-format="GEXF"]').click()]);
    expect(download.suggestedFilename()).toBe(`cyswllt-${areaId.replace(/^area-/, '')}-${asOf}-network.gexf`);
    const xml = readFileSync((await download.path())!, 'utf8');
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<gexf xmlns="http:\/\/gexf\.net\/1\.3"/);
    const graph = parseGexf(Graph, xml);
    expect(graph.order).toBe(api.organisations);
    expect(new Set(graph.nodes())).toEqual(new Set(api.nodes.map((n) => n.key)));
    const { network } = await demo.app.graphql<{ network: { edges: unknown[] } }>(`query($filter: NetworkFilter, $asOf: Date) { network(filter: $filter, asOf: $asOf) { edges { id } } }`, { filter: { areaId }, asOf });
    expect(graph.size).toBe(network.edges.length);
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain(download.suggestedFilename());
    await page.context().close();
  });

  it('has no serious or critical axe violation, with its definitions and chart tables open', async () => {
    const { page, errors } = await open();
    await page.getByTestId('trend-charts').waitFor({ timeout: 120_000 });
    await page.getByTestId('comparison').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'dashboard');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // the hidden parts too: every <details> open
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
