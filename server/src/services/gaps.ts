/**
 * The gap report for an area as of a date: loads only the area's subgraph with named Cypher (six
 * reads in parallel), builds the plain GapInput and runs the pure rules (server/src/gaps). The full
 * report (every type; Louvain, constraint and cut points included) is computed once per (area, asOf,
 * data version) and cached; a request for some types or families filters it, which gives exactly
 * what running only those rules would (each family's rules are independent, and the sort is total).
 * After a write the previous report may be served for up to CYSWLLT_ANALYSIS_MAX_LAG_MS while one
 * refresh runs (freshness.ts); the report says which data version it was computed at.
 */
import type { Database } from '../db/database.ts';
import { asOfDate } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import { FAMILY_OF, findGaps, GAP_TYPES, type FindGapsOptions, type GapInput, type GapReport, type GapSeat, type GapType } from '../gaps/index.ts';
import { analysisMaxLagMs } from './freshness.ts';
import { dataVersion } from './metrics.ts';
import { LaggingCache } from './ttl-cache.ts';

export const WALES_AREA_ID = 'area-wales';

interface OrgRow {
  id: string;
  name: string;
  nameCy: string | null;
  kind: string;
  sectorId: string | null;
  areaIds: string[];
  themeIds: string[];
  represented?: boolean;
}
interface TieRow {
  id: string;
  source: string;
  target: string;
  trust: number | null;
}
interface SeatRow extends Omit<GapSeat, 'lastReportBack'> {
  reportDates: string[];
}

// reports only (the input is dropped once the report is built): 22 local authorities, regions and Wales fit
const reportCache = new LaggingCache<GapReport>(32, () => analysisMaxLagMs());

/** A report as served: the data version it was computed at, and whether that is the latest one. */
export interface ServedGapReport extends GapReport {
  dataVersion: string;
  computedAt: string;
  upToDate: boolean;
}

/** Forget cached reports (not needed after a recorded write: the data version moves). */
export function clearGapCache(): void {
  reportCache.clear();
}

/** The plain input of the gap rules for an area, read fresh (gapReport caches the report built from it). */
export async function loadGapInput(db: Database, areaId: string, asOf?: string | null): Promise<GapInput> {
  const date = asOfDate(asOf);
  const iso = date.toString();
  const params = { areaId, asOf: date };
  const [areaRows, orgs, ties, bodies, seats, collaborations, sectors, themes] = await Promise.all([
    db.read<{ area: { id: string; name: string; nameCy: string | null }; localAuthorities: { id: string; name: string; nameCy: string | null }[] }>('gaps/area', params),
    db.read<OrgRow>('gaps/organisations', params),
    db.read<TieRow>('gaps/ties', params),
    db.read<GapInput['bodies'][number]>('gaps/bodies', params),
    db.read<SeatRow>('gaps/seats', params),
    db.read<GapInput['collaborations'][number]>('gaps/collaborations', params),
    db.read<{ sector: { id: string; name: string; nameCy: string | null } }>('sector/all'),
    db.read<{ theme: { id: string; name: string; nameCy: string | null; code: string; kind: string } }>('theme/all'),
  ]);
  const area = areaRows[0];
  if (!area) throw new NotFoundError('Area', areaId);
  const degree = new Map<string, number>();
  for (const t of ties) for (const id of [t.source, t.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const inArea = new Set(orgs.map((o) => o.id));
  return {
    asOf: iso,
    area: area.area,
    localAuthorities: area.localAuthorities,
    sectors: sectors.map((r) => r.sector),
    themes: themes.map((r) => r.theme),
    organisations: orgs.map((o) => ({ ...o, totalDegree: degree.get(o.id) ?? 0 })),
    ties: ties.filter((t) => inArea.has(t.source) && inArea.has(t.target)),
    bodies,
    seats: seats.map(({ reportDates, ...s }) => ({ ...s, lastReportBack: reportDates.length ? reportDates.reduce((a, b) => (a > b ? a : b)) : null })),
    collaborations,
  };
}

export async function gapReport(
  db: Database,
  areaId: string | null | undefined,
  asOf?: string | null,
  options: Omit<FindGapsOptions, 'config'> = {},
): Promise<ServedGapReport> {
  const area = areaId ?? WALES_AREA_ID;
  const iso = asOfDate(asOf).toString();
  const version = await dataVersion(db);
  const full = await reportCache.get(`${area}|${iso}`, version, async () => findGaps(await loadGapInput(db, area, iso)));
  return {
    ...selectGaps(full.value, options),
    dataVersion: full.version,
    computedAt: new Date(full.computedAt).toISOString(),
    upToDate: full.version === version,
  };
}

/** The part of a full report that `findGaps(input, options)` would have returned. */
export function selectGaps(full: GapReport, options: Omit<FindGapsOptions, 'config'> = {}): GapReport {
  if (!options.types?.length && !options.families?.length) return full;
  const wanted = new Set<GapType>(
    GAP_TYPES.filter((t) => (!options.types?.length || options.types.includes(t)) && (!options.families?.length || options.families.includes(FAMILY_OF[t]))),
  );
  const gaps = full.gaps.filter((g) => wanted.has(g.type));
  const counts = full.counts.filter((c) => wanted.has(c.type));
  return { asOf: full.asOf, areaId: full.areaId, gaps, counts };
}
