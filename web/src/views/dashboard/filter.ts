/** The dashboard's filter as it lives in the address: #/dashboard?area=&sector=&kind=&asOf=&by= */
import { GROUPINGS, type Grouping } from '../../api/metrics.ts';
import { cleanFilter, type NetworkFilter } from '../../api/network.ts';

export interface DashboardFilter {
  area: string;
  sector: string;
  kind: string;
  /** YYYY-MM-DD; '' means today */
  asOf: string;
  by: Grouping;
}

export const EMPTY_DASHBOARD_FILTER: DashboardFilter = { area: '', sector: '', kind: '', asOf: '', by: 'sector' };

export function filterFromParams(params: URLSearchParams): DashboardFilter {
  const by = params.get('by') ?? '';
  const asOf = params.get('asOf') ?? '';
  return {
    area: params.get('area') ?? '',
    sector: params.get('sector') ?? '',
    kind: params.get('kind') ?? '',
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : '',
    by: (GROUPINGS as readonly string[]).includes(by) ? (by as Grouping) : 'sector',
  };
}

/** The address parameters for a filter: the defaults (today, by sector) are left out. */
export function filterToParams(filter: DashboardFilter): Record<string, string | null> {
  return { area: filter.area, sector: filter.sector, kind: filter.kind, asOf: filter.asOf, by: filter.by === 'sector' ? null : filter.by };
}

export function apiFilter(filter: DashboardFilter): NetworkFilter {
  return cleanFilter({ areaId: filter.area, sectorId: filter.sector, kind: filter.kind });
}

/** Today in the browser's own time zone, as YYYY-MM-DD. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The same day a number of years earlier (29 February becomes 28 February). */
export function yearsBefore(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
