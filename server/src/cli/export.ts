/**
 * `cyswllt export --format gexf|graphml|csv|json [--area A] [--sector S] [--kind K] [--theme T]
 *  [--body B] [--as-of YYYY-MM-DD] [--anonymise] --out FILE|DIR`: a filtered network as of a date.
 * Area and sector by key or by English/Welsh name. CSV writes nodes.csv, edges.csv and people.csv
 * into the --out folder (they re-import with `cyswllt import`). Exit: 0 done, 1 failed, 2 bad usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../db/connect.ts';
import { isIsoDate } from '../domain/dates.ts';
import { ValidationError } from '../domain/errors.ts';
import { EXPORT_FORMATS, exportNetwork, resolveArea, resolveSector, type ExportFormat } from '../exports/index.ts';

export const EXPORT_USAGE = `usage: cyswllt export --format gexf|graphml|csv|json [--area AREA] [--sector SECTOR] [--kind KIND]
                      [--theme THEME] [--body BODY] [--as-of YYYY-MM-DD] [--anonymise] --out FILE|DIR

  --area, --sector  key (area-swansea) or English/Welsh name (Swansea, Abertawe)
  --as-of           the date the network is read as of (default today)
  --anonymise       people replaced by their roles; names and e-mails dropped
  --out             the file to write; for csv a folder receiving nodes.csv, edges.csv, people.csv`;

export async function runExport(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        area: { type: 'string' },
        sector: { type: 'string' },
        kind: { type: 'string' },
        theme: { type: 'string' },
        body: { type: 'string' },
        'as-of': { type: 'string' },
        anonymise: { type: 'boolean', default: false },
        anonymize: { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    process.stderr.write(`export: ${(err as Error).message}\n${EXPORT_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  const usage = (msg: string) => {
    process.stderr.write(`export: ${msg}\n${EXPORT_USAGE}\n`);
    return 2;
  };
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) return usage(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!values.out) return usage('--out is required');
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) return usage(`--as-of must be a date as YYYY-MM-DD, got '${asOf}'`);
  const { db } = await connect(process.env, (line) => process.stderr.write(`${line}\n`));
  try {
    const filter = {
      areaId: values.area ? await resolveArea(db, values.area) : null,
      sectorId: values.sector ? await resolveSector(db, values.sector) : null,
      kind: values.kind ?? null,
      themeId: values.theme ?? null,
      bodyId: values.body ?? null,
    };
    const files = await exportNetwork(db, format, { filter, asOf: asOf ?? null, anonymise: values.anonymise || values.anonymize });
    if (format === 'csv') {
      mkdirSync(values.out, { recursive: true });
      for (const f of files) writeFileSync(join(values.out, f.filename), f.content);
      process.stderr.write(`Wrote ${files.map((f) => join(values.out!, f.filename)).join(', ')}\n`);
    } else {
      writeFileSync(values.out, files[0]!.content);
      process.stderr.write(`Wrote ${values.out}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof ValidationError) {
      process.stderr.write(`export: ${err.fieldErrors.map((e) => e.message).join('; ')}\n`);
      return 2;
    }
    throw err;
  } finally {
    await db.close();
  }
}
