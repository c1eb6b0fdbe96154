/**
 * Every main view passes axe-core's WCAG 2.x A/AA rules with no serious or critical violation, in
 * English and Welsh; each view's screenshot is saved to docs/screenshots/<view>.png (1280x800).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAxeViolations, waitForNetwork } from '../support/browser.ts';
import { startDemoApp, type DemoApp } from '../support/demo-app.ts';

const VIEWS = ['network', 'gaps', 'suggestions', 'introductions', 'representation', 'dashboard'] as const;

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp();
});

afterAll(async () => {
  await demo?.close();
});

const VIEWS_WITH_OWN_SCREENSHOT = new Set<string>(['suggestions', 'introductions', 'representation', 'dashboard', 'data']);

async function settle(page: import('playwright-core').Page, view: string): Promise<void> {
  await page.locator('h1#view-title').waitFor();
  // The network view says when its data is drawn (data-state="ready"); on a loaded CI run "network
  // idle" did not come within 30 s there (cause not pinned down; the view also loads a layout worker).
  if (view === 'network') return waitForNetwork(page);
  // other views: wait for their own request(s) to finish
  await page.waitForLoadState('networkidle', { timeout: 90_000 });
}

describe.each(['en', 'cy'] as const)('accessibility (%s)', (lang) => {
  it.each(VIEWS)('%s view has no serious or critical axe violation', async (view) => {
    const { page, errors } = await demo.open(`#/${view}`, { lang });
    await settle(page, view);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    // views with their own e2e test save a screenshot of them in use instead of this first look
    if (lang === 'en' && !VIEWS_WITH_OWN_SCREENSHOT.has(view)) await saveScreenshot(page, view);
    else if (view === 'network') await saveScreenshot(page, 'network-cy');
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('accessibility of the network alternatives', () => {
  it('the table display and the organisation card have no serious or critical axe violation', async () => {
    const { page } = await demo.open('#/network?display=table');
    const firstRow = page.locator('[data-testid="organisations-table"] tbody tr th button').first();
    await firstRow.waitFor();
    await firstRow.click();
    await page.getByTestId('organisation-panel').waitFor();
    await saveScreenshot(page, 'network-table');
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.context().close();
  });

  it('a skip link leads to the main content', async () => {
    const { page } = await demo.open('#/dashboard');
    await page.locator('h1#view-title').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });
});
