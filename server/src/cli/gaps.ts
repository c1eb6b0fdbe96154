/**
 * `cyswllt gaps --area AREA [--as-of D] [--type T ...] [--family F ...] [--json]`: the gap report for
 * an area from the running database; or from files with `--organisations orgs.csv --ties ties.csv
 * [--bodies bodies.csv --seats seats.csv]` (columns in docs/cli.md). Exit codes: 0 done, 1 problems
 * in the files, 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Network } from '../analytics/graph.ts';
import { todayIso, isIsoDate } from '../domain/dates.ts';
import { findGaps, FAMILY_OF, GAP_FAMILIES, GAP_TYPES, type GapFamily, type GapInput, type GapReport, type GapType } from '../gaps/index.ts';
import { formatProblem, readNetworkCsv, type CsvProblem } from './csv-network.ts';

export const GAPS_USAGE = `usage: cyswllt gaps [--area AREA] [--as-of YYYY-MM-DD] [--type TYPE]... [--family FAMILY]... [--json]
       cyswllt gaps --organisations orgs.csv --ties ties.csv [--bodies bodies.csv --seats seats.csv] [--area AREA] ...

  --area AREA        area key (default area-wales; with files: a value of the 'area' column, default all)
  --as-of DATE       the date the report is for (default today)
  --type TYPE        only these gap types (${GAP_TYPES.join(', ')})
  --family FAMILY    only these families (${GAP_FAMILIES.join(', ')})
  --json             print the report as JSON
  --organisations, --ties, --bodies, --seats   read CSV files instead of the database (see docs/cli.md)`;


const list = (cell: string | undefined | null): string[] => (cell ?? '').split(';').map((s) => s.trim()).filter(Boolean);

function readTable(path: string, required: string[], errors: CsvProblem[]): Record<string, string>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    errors.push({ file: path, row: null, reason: 'file not found or unreadable' });
    return [];
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { bom: true, trim: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (err) {
    errors.push({ file: path, row: null, reason: `CSV syntax error: ${(err as Error).message}` });
    return [];
  }
  const header = rows[0] ? Object.keys(rows[0]) : [];
  for (const col of required) if (rows.length && !header.includes(col)) errors.push({ file: path, row: 1, reason: `missing column '${col}'` });
  return rows;
}

const activeOn = (since: string | null | undefined, until: string | null | undefined, asOf: string) => (!since || since <= asOf) && (!until || asOf < until);

export interface CsvInputs {
  organisations: string;
  ties: string;
  bodies?: string | undefined;
  seats?: string | undefined;
}

/** The network from CSV files, with optional bodies and seats, as of a date; errors as file:row. */
export function readGapFiles(files: CsvInputs, asOf: string): { network: Network | null; bodies: Record<string, string>[]; seats: Record<string, string>[]; errors: CsvProblem[]; warnings: CsvProblem[] } {
  const read = readNetworkCsv(files.organisations, files.ties);
  const errors = [...read.errors];
  const bodies = files.bodies ? readTable(files.bodies, ['id', 'name', 'type'], errors) : [];
  const seats = files.seats ? readTable(files.seats, ['id', 'body', 'seat_type'], errors) : [];
  const network = read.network ? { nodes: read.network.nodes, edges: read.network.edges.filter((e) => activeOn(e.since, e.until, asOf)) } : null;
  return { network, bodies, seats, errors, warnings: read.warnings };
}

export function gapInputFromCsv(network: Network, bodies: Record<string, string>[], seats: Record<string, string>[], asOf: string, area: string | null): GapInput {
  const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : Array.isArray(v) ? v.join(';') : null);
  const orgs = network.nodes
    .map((n) => ({
      id: n.id,
      name: str(n.attributes['name']) ?? n.id,
      nameCy: str(n.attributes['name_cy']),
      kind: str(n.attributes['kind']),
      sectorId: str(n.attributes['sector']),
      areaIds: list(str(n.attributes['area'])),
      themeIds: Array.isArray(n.attributes['themes']) ? (n.attributes['themes'] as string[]) : list(str(n.attributes['themes'])),
    }))
    .filter((o) => !area || o.areaIds.includes(area));
  const ids = new Set(orgs.map((o) => o.id));
  const degree = new Map<string, number>();
  for (const e of network.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const areas = [...new Set(orgs.flatMap((o) => o.areaIds))].sort();
  const bodyRows = bodies.filter((b) => !area || list(b['area']).includes(area));
  const bodyIds = new Set(bodyRows.map((b) => b['id']!));
  const seatRows = seats.filter((s) => bodyIds.has(s['body'] ?? '') && activeOn(s['since'], s['until'], asOf));
  const seatsHeld = new Map<string, number>();
  for (const s of seats) if (s['holder_id'] && activeOn(s['since'], s['until'], asOf)) seatsHeld.set(s['holder_id'], (seatsHeld.get(s['holder_id']) ?? 0) + 1);
  const kindOf = new Map(network.nodes.map((n) => [n.id, str(n.attributes['kind'])]));
  const represented = new Set<string>();
  for (const b of bodyRows) for (const m of list(b['members'])) represented.add(m);
  for (const s of seatRows) if (s['holder_organisation']) represented.add(s['holder_organisation']);
  return {
    asOf,
    area: { id: area ?? 'all', name: area ?? 'all areas' },
    localAuthorities: areas.map((a) => ({ id: a, name: a })),
    sectors: [...new Set(orgs.map((o) => o.sectorId).filter((s): s is string => !!s))].map((s) => ({ id: s, name: s })),
    themes: [...new Set(orgs.flatMap((o) => o.themeIds))].map((t) => ({ id: t, name: t })),
    organisations: orgs.map((o) => ({ ...o, totalDegree: degree.get(o.id) ?? 0, represented: represented.has(o.id) })),
    ties: network.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ source: e.source, target: e.target, kind: e.type ?? null, trust: e.weight ?? null })),
    bodies: bodyRows.map((b) => ({
      id: b['id']!, name: b['name'] ?? b['id']!, nameCy: b['name_cy'] || null, type: b['type'] ?? 'forum', areaIds: list(b['area']),
      expectedSectorIds: list(b['expected_sectors']), memberIds: list(b['members']).filter((m) => ids.has(m) || !area),
    })),
    seats: seatRows.map((s) => ({
      id: s['id']!, bodyId: s['body']!, seatType: s['seat_type']!, onBehalfOfId: s['on_behalf_of'] || null,
      holder: s['holder_id'] && activeOn(s['holder_since'], s['holder_until'], asOf) ? {
        personId: s['holder_id'], name: s['holder_name'] || s['holder_id'], organisationId: s['holder_organisation'] || null,
        organisationKind: kindOf.get(s['holder_organisation'] ?? '') ?? null, since: s['holder_since'] || null, totalSeats: seatsHeld.get(s['holder_id']) ?? 1,
      } : null,
      lastReportBack: s['last_report_back'] || null,
    })),
    collaborations: [],
  };
}

export function formatGapReport(report: GapReport): string {
  const lines = [`Gaps in ${report.areaId} as of ${report.asOf}: ${report.gaps.length}`, ''];
  for (const c of report.counts) if (c.count) lines.push(`  ${String(c.count).padStart(4)}  ${c.type} (${FAMILY_OF[c.type]})`);
  lines.push('');
  for (const g of report.gaps) {
    lines.push(`[${g.severity}] ${g.type}: ${g.explanation.en}`);
    if (g.bridgingOrganisations?.length) lines.push(`        bridging: ${g.bridgingOrganisations.map((b) => `${b.name} (${b.key})`).join(', ')}`);
  }
  return lines.join('\n');
}

export async function writeOut(text: string): Promise<void> {
  await new Promise<void>((resolve, reject) => process.stdout.write(`${text}\n`, (err) => (err ? reject(err) : resolve())));
}

export async function runGaps(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        area: { type: 'string' }, 'as-of': { type: 'string' }, type: { type: 'string', multiple: true }, family: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false }, organisations: { type: 'string' }, ties: { type: 'string' }, bodies: { type: 'string' }, seats: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`gaps: ${(err as Error).message}\n${GAPS_USAGE}\n`);
    return 2;
  }
  if (values.help) return (process.stderr.write(`${GAPS_USAGE}\n`), 0);
  const asOf = values['as-of'] ?? todayIso();
  if (!isIsoDate(asOf)) return (process.stderr.write(`gaps: --as-of must be YYYY-MM-DD\n`), 2);
  const types = (values.type ?? []) as GapType[];
  const families = (values.family ?? []) as GapFamily[];
  for (const t of types) if (!GAP_TYPES.includes(t)) return (process.stderr.write(`gaps: unknown --type '${t}'\n${GAPS_USAGE}\n`), 2);
  for (const f of families) if (!GAP_FAMILIES.includes(f)) return (process.stderr.write(`gaps: unknown --family '${f}'\n${GAPS_USAGE}\n`), 2);
  let report: GapReport;
  if (values.organisations || values.ties) {
    if (!values.organisations || !values.ties) return (process.stderr.write(`gaps: --organisations and --ties go together\n`), 2);
    const read = readGapFiles({ organisations: values.organisations, ties: values.ties, bodies: values.bodies, seats: values.seats }, asOf);
    for (const w of read.warnings) process.stderr.write(`warning: ${formatProblem(w)}\n`);
    if (!read.network || read.errors.length) {
      for (const e of read.errors) process.stderr.write(`${formatProblem(e)}\n`);
      process.stderr.write(`gaps: ${read.errors.length} problem(s) in the input files\n`);
      return 1;
    }
    report = findGaps(gapInputFromCsv(read.network, read.bodies, read.seats, asOf, values.area ?? null), { types, families });
  } else {
    const { connect } = await import('../db/connect.ts');
    const { gapReport } = await import('../services/gaps.ts');
    const { db } = await connect(process.env, (line) => process.stderr.write(`${line}\n`));
    try {
      report = await gapReport(db, values.area ?? null, asOf, { types, families });
    } finally {
      await db.close();
    }
  }
  await writeOut(values.json ? JSON.stringify(report, null, 2) : formatGapReport(report));
  return 0;
}
