/** Headless Chromium for the e2e suite and the web benchmark, plus page helpers (axe, pixels, screenshots). */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/src/db/config.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppPage {
  page: Page;
  /** uncaught page errors and console errors seen so far */
  errors: string[];
}

export async function openPage(browser: Browser, options: { lang?: 'en' | 'cy' } = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', deviceScaleFactor: 1 });
  if (options.lang) {
    await context.addInitScript((lang) => {
      if (!localStorage.getItem('cyswllt.lang')) localStorage.setItem('cyswllt.lang', lang);
    }, options.lang);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { page, errors };
}

/** Waits until the network canvas has its elements and its layout is done. */
export async function waitForNetwork(page: Page, timeout = 90_000): Promise<void> {
  await page.locator('[data-testid="network-canvas"][data-state="ready"]').waitFor({ state: 'attached', timeout });
}

const requireFromHere = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.0-2.2 A and AA rules) in the page; returns serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const axe = requireFromHere('axe-core') as { source: string };
  const loaded = await page.evaluate(() => 'axe' in window);
  // evaluated through the DevTools protocol: the app's CSP (script-src 'self') forbids an inline
  // <script>, and the test must not weaken the CSP it is checking the app under
  if (!loaded) await page.evaluate(`${axe.source}\n;window.axe = axe;`);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, ...(n.failureSummary ? { failureSummary: n.failureSummary } : {}) })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export interface PixelStats {
  total: number;
  /** pixels that differ from the top-left (background) pixel */
  nonBackground: number;
  /** distinct colours, quantised to 4 bits per channel */
  colours: number;
}

/** Screenshots an element and counts, in the page itself, the pixels that are not background. */
export async function pixelStats(page: Page, selector: string): Promise<PixelStats> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const [r0, g0, b0] = [data[0], data[1], data[2]];
    let nonBackground = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      if (Math.abs(r - r0!) + Math.abs(g - g0!) + Math.abs(b - b0!) > 24) nonBackground++;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
    return { total: data.length / 4, nonBackground, colours: colours.size };
  }, png.toString('base64'));
}

export const SCREENSHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Signs in through the app's own form as a demo user (e.g. 'coordinator'), then returns to `hash`. */
export async function signInThroughForm(page: Page, baseUrl: string, user: { email: string; password: string }, hash = '#/network'): Promise<void> {
  await page.goto(`${baseUrl}/#/sign-in?next=${encodeURIComponent(hash)}`);
  const form = page.getByTestId('sign-in-form');
  await form.locator('input[name="email"]').fill(user.email);
  await form.locator('input[name="password"]').fill(user.password);
  await form.locator('button[type="submit"]').click();
  await page.getByTestId('account').waitFor({ timeout: 15_000 });
}
