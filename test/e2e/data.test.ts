/**
 * The import page end to end, signed in as the demo admin: a large file (more than the API's 1 MiB
 * request limit, so it goes up in pieces) with one bad row is refused with that row and column
 * named and nothing written; a clean file adds exactly its rows; the same file again changes
 * nothing. The counts are the API's, before and after. Test files are written to a temp folder.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_SPECS, IMPORT_KINDS } from '../../server/src/imports/columns.ts';
import { demoUser } from '../support/auth.ts';
import { saveScreenshot, seriousAxeViolations, type AppPage } from '../support/browser.ts';
import { startDemoApp, type DemoApp } from '../support/demo-app.ts';

let demo: DemoApp;
let dir: string;
let sectorKey: string;
let areaKey: string;

beforeAll(async () => {
  demo = await startDemoApp();
  dir = mkdtempSync(join(tmpdir(), 'cyswllt-e2e-import-'));
  // a real sector and area of the loaded data, asked of the API
  const ref = await demo.app.graphql<{ sectors: { edges: { node: { key: string } }[] }; areas: { edges: { node: { key: string } }[] } }>(
    `{ sectors(first: 1) { edges { node { key } } } areas(first: 1, level: "local_authority") { edges { node { key } } } }`,
  );
  sectorKey = ref.sectors.edges[0]!.node.key;
  areaKey = ref.areas.edges[0]!.node.key;
});

afterAll(async () => {
  await demo?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function organisationCount(): Promise<number> {
  return (await demo.app.graphql<{ organisations: { totalCount: number } }>(`{ organisations(first: 1) { totalCount } }`)).organisations.totalCount;
}

/** organisations.csv in its own folder (the file name tells the importer what it holds) */
function writeOrganisations(folder: string, rows: string[][]): string {
  const path = join(mkdtempSync(join(dir, `${folder}-`)), 'organisations.csv');
  writeFileSync(path, ['id,name,sector,area', ...rows.map((r) => r.join(','))].join('\n'));
  return path;
}

async function signedIn(): Promise<AppPage> {
  const opened = await demo.openSignedIn(demoUser('admin'), '#/data');
  await opened.page.locator('#import-files').waitFor();
  return opened;
}

/** Records every stage the progress bar shows (upload, then the server's phases) while `run` goes. */
async function watchProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { stagesSeen: string[] };
    w.stagesSeen = [];
    const record = () => {
      const el = document.querySelector('[data-testid="import-progress"]');
      if (!el) return;
      const stage = `${el.getAttribute('data-stage')}:${el.getAttribute('data-phase')}`;
      if (w.stagesSeen.at(-1) !== stage) w.stagesSeen.push(stage);
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { stagesSeen: string[] }).stagesSeen);
}

async function importFile(page: Page, path: string, button: 'import-run' | 'import-check' = 'import-run'): Promise<void> {
  await page.locator('#import-files').setInputFiles(path);
  await page.getByTestId(button).click();
  await page.getByTestId('import-report').waitFor({ timeout: 110_000 });
}

describe('import page', () => {
  it('refuses a large file with one bad row, naming the row and column, and imports nothing', async () => {
    const { page, errors } = await signedIn();
    const before = await organisationCount();
    const rows = Array.from({ length: 20_000 }, (_, i) => [`org-e2e-bulk-${i}`, `E2E bulk organisation number ${i} of the import test`, sectorKey, areaKey]);
    const bad = 15_000;
    rows[bad]![2] = 'sector-not-a-sector';
    const path = writeOrganisations('bad', rows);
    // more than one request's worth: the page must send it in pieces
    expect(statSync(path).size).toBeGreaterThan(1024 * 1024);

    const stages = await watchProgress(page);
    await importFile(page, path);
    expect(await page.getByTestId('import-report').getAttribute('data-outcome')).toBe('problems');
    const problems = page.locator('[data-testid="import-problems"] tbody tr');
    expect(await problems.count()).toBe(1);
    // the header is row 1, so data row `bad` (from 0) is spreadsheet row bad + 2
    expect(await problems.first().getAttribute('data-row')).toBe(String(bad + 2));
    expect(await problems.first().getAttribute('data-column')).toBe('sector');
    expect(await problems.first().getAttribute('data-file')).toBe('organisations.csv');
    expect(await problems.first().textContent()).toContain('sector-not-a-sector');
    expect(await page.getByTestId('import-nothing').textContent()).toContain('Nothing was imported');
    expect(await organisationCount()).toBe(before);

    const seen = await stages();
    expect(seen[0]).toMatch(/^upload:/);
    expect(seen.some((s) => s.startsWith('server:'))).toBe(true);

    await page.getByTestId('import-report').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'import');
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('checks a clean file without writing, imports exactly its rows, and changes nothing the second time', async () => {
    const { page, errors } = await signedIn();
    const rows = [1, 2, 3].map((i) => [`org-e2e-clean-${i}`, `E2E clean organisation ${i}`, sectorKey, areaKey]);
    const path = writeOrganisations('clean', rows);
    const before = await organisationCount();

    await importFile(page, path, 'import-check');
    const report = page.getByTestId('import-report');
    expect(await report.getAttribute('data-outcome')).toBe('checked');
    expect(await page.locator('[data-testid="import-counts"] tr[data-kind="organisations"]').getAttribute('data-created')).toBe(String(rows.length));
    expect(await organisationCount()).toBe(before);

    await page.getByTestId('import-run').click();
    await page.locator('[data-testid="import-report"][data-outcome="imported"]').waitFor({ timeout: 60_000 });
    const counts = page.locator('[data-testid="import-counts"] tr[data-kind="organisations"]');
    expect(await counts.getAttribute('data-created')).toBe(String(rows.length));
    expect(await organisationCount()).toBe(before + rows.length);

    // the same file again: nothing created or updated, every row unchanged
    await page.getByTestId('import-run').click();
    await page.locator('[data-testid="import-report"][data-outcome="imported"] tr[data-kind="organisations"][data-unchanged="3"]').waitFor({ timeout: 60_000 });
    expect(await counts.getAttribute('data-created')).toBe('0');
    expect(await counts.getAttribute('data-updated')).toBe('0');
    expect(await organisationCount()).toBe(before + rows.length);

    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks everyone else to sign in (in Welsh too), and still offers the downloads and the column help', async () => {
    const { page, errors } = await demo.open('#/data', { lang: 'cy' });
    const notice = page.getByTestId('import-sign-in');
    await notice.waitFor();
    expect(await notice.locator('a').getAttribute('href')).toBe('#/sign-in?next=%23%2Fdata');
    expect(await notice.textContent()).toContain('Mewngofnodwch');
    expect(await page.locator('#import-files').count()).toBe(0);
    expect(await page.locator('[data-testid="export-buttons"] button').count()).toBeGreaterThan(0);
    // the columns of every kind, as the importer knows them, with the required ones marked
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    for (const kind of IMPORT_KINDS) {
      const shown = await page.locator(`[data-testid="columns-${kind}"] tbody tr`).evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-column'), tr.getAttribute('data-required')]));
      expect(shown, kind).toEqual(COLUMN_SPECS[kind].map((c) => [c.name, String(c.required ?? false)]));
    }
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
