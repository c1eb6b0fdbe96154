/**
 * The evaluator report: for an area or a partnership body and two dates, the figures an evaluator
 * needs (metrics and their change, cross-sector links, representation, gaps, introductions), each
 * with its definition, gathered here and rendered to printable HTML by server/src/reports.
 */
import type { Database } from '../db/database.ts';
import { asOfDate, isIsoDate } from '../domain/dates.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { hidePeople, type GapReport } from '../gaps/index.ts';
import { renderReportHtml } from '../reports/template.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../reports/strings.ts';
import { gapReport } from './gaps.ts';
import { compareNetworks, type NetworkComparison } from './metrics.ts';

export interface ReportFilter {
  areaId?: string | null;
  bodyId?: string | null;
}

export interface Named {
  id: string;
  name: string;
  nameCy: string | null;
}

export interface SectorPairCount {
  a: string;
  b: string;
  from: number;
  to: number;
}

export interface RepresentationRow {
  id: string;
  name: string;
  nameCy: string | null;
  type: string;
  seats: number;
  held: number;
  vacant: number;
  thirdSectorSeats: number;
  thirdSectorHeld: number;
}

export interface ReportData {
  language: ReportLanguage;
  scope: { kind: 'area' | 'body'; key: string; name: string; nameCy: string | null };
  from: string;
  to: string;
  generatedAt: string;
  comparison: NetworkComparison;
  sectors: Map<string, Named>;
  sectorPairs: SectorPairCount[];
  tiesByOrigin: { origin: string; from: number; to: number }[];
  representation: RepresentationRow[];
  gaps: { available: true; areaName: string | null; report: GapReport } | { available: false; reason: string };
  introductions: { status: string; count: number }[];
}

/** Cross-group tie counts per unordered pair of groups, from a mixing matrix (off-diagonal only). */
export function crossPairs(matrix: { values: string[]; counts: number[][] }): Map<string, number> {
  const out = new Map<string, number>();
  matrix.values.forEach((a, i) => {
    matrix.values.forEach((b, j) => {
      if (j <= i) return;
      const n = matrix.counts[i]![j]!;
      if (n) out.set([a, b].sort().join('|'), n);
    });
  });
  return out;
}

function validate(filter: ReportFilter, from: string, to: string, language: string) {
  const errors = [];
  if (Boolean(filter.areaId) === Boolean(filter.bodyId)) errors.push({ path: ['filter'], message: 'give exactly one of areaId or bodyId' });
  if (!isIsoDate(from)) errors.push({ path: ['from'], message: 'must be a date as YYYY-MM-DD' });
  if (!isIsoDate(to)) errors.push({ path: ['to'], message: 'must be a date as YYYY-MM-DD' });
  else if (isIsoDate(from) && from > to) errors.push({ path: ['to'], message: 'must not be before `from`' });
  if (!(REPORT_LANGUAGES as readonly string[]).includes(language)) errors.push({ path: ['language'], message: 'must be en or cy' });
  if (errors.length) throw new ValidationError(errors);
}

export async function evaluatorReportData(db: Database, filter: ReportFilter, from: string, to: string, language: ReportLanguage = 'en'): Promise<ReportData> {
  validate(filter, from, to, language);
  const areaId = filter.areaId ?? null;
  const bodyId = filter.bodyId ?? null;
  const [scopeRow] = await db.read<{ area: Named | null; body: (Named & { type: string }) | null; bodyAreaIds: string[] }>('report/scope', { areaId, bodyId });
  const scopeEntity = areaId ? scopeRow?.area : scopeRow?.body;
  if (!scopeEntity) throw areaId ? new NotFoundError('Area', areaId) : new NotFoundError('Body', bodyId!);

  const networkFilter = areaId ? { areaId } : { bodyId };
  const [comparison, sectorRows, representation, introductions] = await Promise.all([
    compareNetworks(db, networkFilter, from, to, 'sector'),
    db.read<{ sector: Named }>('sector/all'),
    db.read<RepresentationRow>('report/representation', { areaId, bodyId, asOf: asOfDate(to) }),
    db.read<{ status: string; count: number }>('report/introductions', { areaId, bodyId, from: asOfDate(from), to: asOfDate(to) }),
  ]);

  const pairsFrom = crossPairs(comparison.from.analysis.mixingMatrix);
  const pairsTo = crossPairs(comparison.to.analysis.mixingMatrix);
  const sectorPairs = [...new Set([...pairsFrom.keys(), ...pairsTo.keys()])]
    .sort()
    .map((key) => {
      const [a, b] = key.split('|') as [string, string];
      return { a, b, from: pairsFrom.get(key) ?? 0, to: pairsTo.get(key) ?? 0 };
    });

  const origins = (edges: { origin: string; source: string; target: string }[]) => {
    // one count per distinct pair and origin, like the tie metric
    const seen = new Map<string, Set<string>>();
    for (const e of edges) {
      const pair = [e.source, e.target].sort().join('|');
      if (!seen.has(e.origin)) seen.set(e.origin, new Set());
      seen.get(e.origin)!.add(pair);
    }
    return new Map([...seen].map(([k, v]) => [k, v.size]));
  };
  const originsFrom = origins(comparison.from.subnetwork.edges);
  const originsTo = origins(comparison.to.subnetwork.edges);
  const tiesByOrigin = [...new Set([...originsFrom.keys(), ...originsTo.keys()])]
    .sort()
    .map((origin) => ({ origin, from: originsFrom.get(origin) ?? 0, to: originsTo.get(origin) ?? 0 }));

  let gaps: ReportData['gaps'];
  const gapAreaId = areaId ?? scopeRow?.bodyAreaIds[0] ?? null;
  if (!gapAreaId) gaps = { available: false, reason: 'no area' };
  else {
    try {
      const served = await gapReport(db, gapAreaId, to);
      // a report is shared beyond those who may see people's names: it never names them
      const report = { ...served, gaps: hidePeople(served.gaps, () => false) };
      const [gapScope] = areaId ? [scopeRow] : await db.read<{ area: Named | null }>('report/scope', { areaId: gapAreaId, bodyId: null });
      gaps = { available: true, areaName: areaId ? null : (language === 'cy' ? gapScope?.area?.nameCy : null) ?? gapScope?.area?.name ?? gapAreaId, report };
    } catch (error) {
      gaps = { available: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    language,
    scope: { kind: areaId ? 'area' : 'body', key: scopeEntity.id, name: scopeEntity.name, nameCy: scopeEntity.nameCy ?? null },
    from,
    to,
    generatedAt: new Date().toISOString(),
    comparison,
    sectors: new Map(sectorRows.map((r) => [r.sector.id, { id: r.sector.id, name: r.sector.name, nameCy: r.sector.nameCy ?? null }])),
    sectorPairs,
    tiesByOrigin,
    representation,
    gaps,
    introductions,
  };
}

export interface ReportFile {
  filename: string;
  html: string;
}

export async function evaluatorReport(db: Database, filter: ReportFilter, from: string, to: string, language: ReportLanguage = 'en'): Promise<ReportFile> {
  const data = await evaluatorReportData(db, filter, from, to, language);
  return { filename: `cyswllt-report-${data.scope.key}-${from}-${to}-${language}.html`, html: renderReportHtml(data) };
}
