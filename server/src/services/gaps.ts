/**
 * The gap report for an area as of a date: loads only the area's subgraph with named Cypher (six
 * reads in parallel), builds the plain GapInput and runs the pure rules (server/src/gaps). Results
 * are cached per (area, asOf) for a short time, since the report is read far more often than written.
 */
import type { Database } from '../db/database.ts';
import { asOfDate } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import { findGaps, type FindGapsOptions, type GapInput, type GapReport, type GapSeat } from '../gaps/index.ts';
import { TtlCache } from './ttl-cache.ts';

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

const inputCache = new TtlCache<GapInput>(30_000, 64);

/** Forget cached inputs (after a write, or in tests). */
export function clearGapCache(): void {
  inputCache.clear();
}

export async function loadGapInput(db: Database, areaId: string, asOf?: string | null): Promise<GapInput> {
  const date = asOfDate(asOf);
  const iso = date.toString();
  return inputCache.get(`${areaId}|${iso}`, async () => {
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
  });
}

export async function gapReport(
  db: Database,
  areaId: string | null | undefined,
  asOf?: string | null,
  options: Omit<FindGapsOptions, 'config'> = {},
): Promise<GapReport> {
  const input = await loadGapInput(db, areaId ?? WALES_AREA_ID, asOf);
  return findGaps(input, options);
}
