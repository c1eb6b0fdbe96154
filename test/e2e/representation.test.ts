/**
 * The representation map end to end: for Cardiff (and for an area with an overdue report-back) the
 * page shows the same bodies, seats, vacancies and overdue seats as the API, the bodies x sectors
 * matrix adds up to the API's seat counts, lineage follows the API's predecessors, and axe finds
 * no serious or critical violation. Expected values all come from the API.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAxeViolations, type AppPage } from '../support/browser.ts';
import { startDemoApp, type DemoApp } from '../support/demo-app.ts';

interface ApiSeat {
  key: string;
  vacant: boolean;
  body: { key: string };
  onBehalfOf: { sector: { key: string } | null } | null;
}
interface ApiBody {
  key: string;
  predecessor: { key: string } | null;
}

// `first` as a variable: the API's cost rule multiplies a literal page size into the query's cost
const AREA = `query($areaKey: String!, $first: Int) {
  bodies(filter: { areaKey: $areaKey }, first: $first) { totalCount edges { node { key predecessor { key } } } }
  seats(filter: { areaKey: $areaKey }, first: $first) { totalCount edges { node { key vacant body { key } onBehalfOf { sector { key } } } } }
}`;
const OVERDUE = `query($areaKey: String) { gaps(areaKey: $areaKey, types: [no_recent_report_back]) { gaps { entities { key label } } } }`;

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp();
});

afterAll(async () => {
  await demo?.close();
});

async function areaFromApi(areaKey: string) {
  const data = await demo.app.graphql<{ bodies: { totalCount: number; edges: { node: ApiBody }[] }; seats: { totalCount: number; edges: { node: ApiSeat }[] } }>(AREA, {
    areaKey,
    first: 500,
  });
  return {
    bodies: data.bodies.edges.map((e) => e.node),
    bodyTotal: data.bodies.totalCount,
    seats: data.seats.edges.map((e) => e.node),
    seatTotal: data.seats.totalCount,
  };
}

async function overdueSeats(areaKey: string | null): Promise<string[]> {
  const data = await demo.app.graphql<{ gaps: { gaps: { entities: { key: string; label: string }[] }[] } }>(OVERDUE, { areaKey });
  return data.gaps.gaps.flatMap((g) => g.entities.filter((e) => e.label === 'Seat').map((e) => e.key));
}

/** The representation map of `areaKey`, once loaded. */
async function openMap(areaKey: string): Promise<AppPage> {
  const opened = await demo.open(`#/representation?area=${areaKey}`);
  const { page } = opened;
  await page.getByTestId('rep-bodies').waitFor({ timeout: 60_000 });
  await expect.poll(() => page.getByTestId('representation-summary').textContent(), { timeout: 30_000 }).not.toContain('Loading');
  return opened;
}

const attrs = (page: Page, selector: string, name: string) =>
  page.locator(selector).evaluateAll((els, attr) => els.map((el) => el.getAttribute(attr) ?? ''), name);

describe('representation map', () => {
  it('shows Cardiff’s bodies, seats and vacancies as the API has them, with matching matrix totals', async () => {
    const api = await areaFromApi('area-cardiff');
    expect(api.bodies.length).toBeGreaterThan(0);
    expect(api.seats.length).toBe(api.seatTotal);
    const vacant = api.seats.filter((s) => s.vacant).map((s) => s.key);
    expect(vacant.length).toBeGreaterThan(0);

    const { page, errors } = await openMap('area-cardiff');

    // every body, every seat, and the vacant ones
    expect(new Set(await attrs(page, '[data-testid="rep-body"]', 'data-body'))).toEqual(new Set(api.bodies.map((b) => b.key)));
    const seatKeys = await attrs(page, '[data-testid="seat-row"]', 'data-seat');
    expect(seatKeys.length).toBe(api.seats.length);
    expect(new Set(seatKeys)).toEqual(new Set(api.seats.map((s) => s.key)));
    expect(new Set(await attrs(page, '[data-testid="seat-row"][data-vacant="true"]', 'data-seat'))).toEqual(new Set(vacant));
    for (const key of vacant) {
      await expect(page.locator(`[data-testid="seat-row"][data-seat="${key}"] [data-testid="vacant-badge"]`).textContent()).resolves.toBe('Vacant');
    }
    // each body's section holds exactly its seats
    for (const body of api.bodies) {
      const own = api.seats.filter((s) => s.body.key === body.key).map((s) => s.key);
      expect(new Set(await attrs(page, `[data-testid="rep-body"][data-body="${body.key}"] [data-testid="seat-row"]`, 'data-seat'))).toEqual(new Set(own));
    }
    // overdue seats are exactly those the API's rule flags
    const overdue = await overdueSeats('area-cardiff');
    expect(new Set(await attrs(page, '[data-testid="seat-row"][data-overdue="true"]', 'data-seat'))).toEqual(new Set(overdue));
    const summary = (await page.getByTestId('representation-summary').textContent()) ?? '';
    expect(summary).toContain(`${api.bodies.length} bodies, ${api.seats.length} seats, ${vacant.length} vacant`);

    // the matrix: rows add up per body, columns per sector, and the total is the API's seat count
    await expect(page.getByTestId('matrix-total').getAttribute('data-total')).resolves.toBe(String(api.seatTotal));
    for (const body of api.bodies) {
      const own = api.seats.filter((s) => s.body.key === body.key).length;
      await expect(page.locator(`[data-testid="matrix-row"][data-body="${body.key}"]`).getAttribute('data-total')).resolves.toBe(String(own));
    }
    const bySector = new Map<string, number>();
    for (const s of api.seats) bySector.set(s.onBehalfOf?.sector?.key ?? '', (bySector.get(s.onBehalfOf?.sector?.key ?? '') ?? 0) + 1);
    const shownTotals = await page
      .locator('[data-testid="matrix-total"] td[data-sector]')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-sector') ?? '', Number(td.getAttribute('data-total'))] as const));
    expect(new Map(shownTotals)).toEqual(bySector);
    const caption = page.locator('[data-testid="sector-matrix"] caption');
    expect(await caption.count()).toBe(1);
    expect(await page.locator('[data-testid="sector-matrix"] thead th[scope="col"]').count()).toBe(bySector.size + 2);

    // lineage: every body the API says replaced another appears after its predecessor
    const withPredecessor = api.bodies.filter((b) => b.predecessor);
    expect(withPredecessor.length).toBeGreaterThan(0);
    for (const body of withPredecessor) {
      const chain = page.locator('[data-testid="lineage-chain"]', { has: page.locator(`li[data-body="${body.key}"]`) }).first();
      const order = await chain.locator('li[data-body]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-body')));
      expect(order.indexOf(body.predecessor!.key)).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(body.predecessor!.key)).toBeLessThan(order.indexOf(body.key));
    }

    // read-only for a reader who is not signed in
    await expect(page.getByTestId('sign-in-to-edit').count()).resolves.toBe(1);
    expect(await page.locator('[data-testid^="fill-seat-"]').count()).toBe(0);

    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    // the screenshot shows a vacant seat in its body, mid-page
    await page.locator('[data-testid="seat-row"][data-vacant="true"]').first().evaluate((row) => row.closest('section')?.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'representation');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks the seats the API flags as overdue for a report-back, and states the rule’s period', async () => {
    // an area where the API's rule flags at least one seat
    const flagged = await overdueSeats(null);
    expect(flagged.length).toBeGreaterThan(0);
    const { seat } = await demo.app.graphql<{ seat: { body: { areas: { key: string; level: string }[] } } }>(
      `query($key: String!) { seat(key: $key) { body { areas { key level } } } }`,
      { key: flagged[0] },
    );
    const areaKey = seat.body.areas.find((a) => a.level === 'local_authority')!.key;
    const expected = await overdueSeats(areaKey);

    const { page } = await openMap(areaKey);
    await expect(page.locator('#rep-area').inputValue()).resolves.toBe(areaKey);
    expect(new Set(await attrs(page, '[data-testid="seat-row"][data-overdue="true"]', 'data-seat'))).toEqual(new Set(expected));
    for (const key of expected) {
      await expect(page.locator(`[data-testid="seat-row"][data-seat="${key}"] [data-testid="overdue-badge"]`).textContent()).resolves.toMatch(/^Overdue/);
    }
    await expect(page.locator('.rep-overdue-rule').textContent()).resolves.toMatch(/more than \d+ months/);

    // changing the area in the page loads that area's map
    const api = await areaFromApi('area-cardiff');
    await page.locator('#rep-area').selectOption('area-cardiff');
    await expect.poll(() => page.locator('[data-testid="seat-row"]').count(), { timeout: 60_000 }).toBe(api.seats.length);
    expect(page.url()).toContain('area=area-cardiff');
    await page.context().close();
  });
});
