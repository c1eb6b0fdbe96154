/**
 * `cyswllt report --area KEY | --body KEY --from DATE --to DATE --out report.html [--pdf report.pdf]
 * [--language en|cy]`: the evaluator report as printable HTML and, with --pdf, an A4 PDF printed by
 * the system's Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Exit 0 done, 1 failed, 2 bad usage.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { connect } from '../db/connect.ts';
import { todayIso } from '../domain/dates.ts';
import { ValidationError } from '../domain/errors.ts';
import type { ReportLanguage } from '../reports/strings.ts';
import { evaluatorReport } from '../services/reports.ts';

export const REPORT_USAGE = `usage: cyswllt report (--area KEY | --body KEY) --from YYYY-MM-DD [--to YYYY-MM-DD] --out report.html [--pdf report.pdf] [--language en|cy]`;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Prints an HTML file to an A4 PDF with headless Chromium (the page's own @page CSS sets size and margins). */
export async function htmlToPdf(htmlPath: string, pdfPath: string, chromium = CHROMIUM): Promise<void> {
  if (!existsSync(chromium)) throw new Error(`Chromium not found at ${chromium}; set CHROMIUM_PATH`);
  const profile = mkdtempSync(join(tmpdir(), 'cyswllt-pdf-'));
  try {
    await new Promise<void>((done, fail) => {
      execFile(
        chromium,
        [
          '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`,
          '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw', `--print-to-pdf=${resolve(pdfPath)}`,
          pathToFileURL(resolve(htmlPath)).href,
        ],
        { timeout: 120_000 },
        (error, _stdout, stderr) => (error ? fail(new Error(`Chromium could not print the PDF: ${error.message}\n${stderr}`)) : done()),
      );
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  if (!existsSync(pdfPath) || statSync(pdfPath).size === 0) throw new Error('Chromium wrote no PDF');
}

export async function runReport(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        area: { type: 'string' },
        body: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        pdf: { type: 'string' },
        language: { type: 'string', default: 'en' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${REPORT_USAGE}`);
    return 2;
  }
  if (!values.from || (!values.out && !values.pdf) || Boolean(values.area) === Boolean(values.body)) {
    console.error(REPORT_USAGE);
    return 2;
  }
  const { db } = await connect();
  try {
    const report = await evaluatorReport(db, { areaId: values.area ?? null, bodyId: values.body ?? null }, values.from, values.to ?? todayIso(), values.language as ReportLanguage);
    const tmp = values.out ? null : mkdtempSync(join(tmpdir(), 'cyswllt-report-'));
    const htmlPath = values.out ?? join(tmp!, report.filename);
    writeFileSync(htmlPath, report.html, 'utf8');
    if (values.out) console.log(`Wrote ${values.out}`);
    if (values.pdf) {
      await htmlToPdf(htmlPath, values.pdf);
      console.log(`Wrote ${values.pdf}`);
    }
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    return 0;
  } catch (error) {
    if (error instanceof ValidationError) {
      console.error(`${error.fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('\n')}\n${REPORT_USAGE}`);
      return 2;
    }
    throw error;
  } finally {
    await db.close();
  }
}
