/**
 * The representation map: every body covering an area, its seats as of a date, and which held
 * seats the API's own gap rule flags as overdue for a report-back.
 */
import { operation, request, type Operation } from './client.ts';

export type BodyType = 'psb' | 'lsb' | 'sub_group' | 'forum' | 'partnership' | 'programme' | 'network';
export type BodyStatus = 'active' | 'lapsed' | 'replaced';
export type SeatType = 'chair' | 'member' | 'observer' | 'statutory_member' | 'third_sector_representative';

export const BODY_TYPES: readonly BodyType[] = ['lsb', 'psb', 'sub_group', 'forum', 'partnership', 'programme', 'network'];
export const SEAT_TYPES: readonly SeatType[] = ['chair', 'statutory_member', 'third_sector_representative', 'member', 'observer'];

export interface BodyRef {
  key: string;
  name: string;
  nameCy: string | null;
  type: BodyType;
  status: BodyStatus;
  validFrom: string | null;
  validTo: string | null;
}

export interface RepresentationBody extends BodyRef {
  parent: { key: string; name: string; nameCy: string | null } | null;
  predecessor: { key: string } | null;
  /** predecessors, nearest first */
  lineage: BodyRef[];
  successors: BodyRef[];
}

export interface SeatPerson {
  key: string;
  /** the person's name, or their role when the API hides names from this account */
  name: string;
  role: string;
  organisation: { key: string; name: string; nameCy: string | null } | null;
}

export interface RepresentationSeat {
  key: string;
  version: number;
  seatType: SeatType;
  since: string | null;
  until: string | null;
  body: { key: string };
  vacant: boolean;
  holder: SeatPerson | null;
  holderSince: string | null;
  onBehalfOf: { key: string; name: string; nameCy: string | null; sector: { key: string } | null } | null;
  reportBacks: { key: string; date: string }[];
}

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

interface PageVars {
  areaKey: string;
  asOf: string | null;
  first: number;
  after: string | null;
}

const BODY_FIELDS = 'key name nameCy type status validFrom validTo';

// `first` travels as a variable: the server caps a page at 500 whatever it is.
export const AREA_BODIES_QUERY = operation<{ bodies: Page<RepresentationBody> }, PageVars>(
  'AreaBodies',
  `query AreaBodies($areaKey: String!, $asOf: Date, $first: Int, $after: String) {
    bodies(filter: { areaKey: $areaKey }, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        ${BODY_FIELDS}
        parent { key name nameCy }
        predecessor { key }
        lineage { ${BODY_FIELDS} }
        successors { ${BODY_FIELDS} }
      } }
    }
  }`,
);

export const AREA_SEATS_QUERY = operation<{ seats: Page<RepresentationSeat> }, PageVars>(
  'AreaSeats',
  `query AreaSeats($areaKey: String!, $asOf: Date, $first: Int, $after: String) {
    seats(filter: { areaKey: $areaKey }, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        key version seatType since until
        body { key }
        vacant(asOf: $asOf)
        holder(asOf: $asOf) { key name role organisation { key name nameCy } }
        holderSince(asOf: $asOf)
        onBehalfOf { key name nameCy sector { key } }
        reportBacks { key date }
      } }
    }
  }`,
);

export interface OverdueReport {
  asOf: string;
  /** seat key -> months since the last report-back (or since taking the seat) */
  seats: Map<string, number | null>;
  /** the rule's period in months, when a flagged seat carries it */
  months: number | null;
}

const OVERDUE_QUERY = operation<
  { gaps: { asOf: string; gaps: { measure: number | null; entities: { key: string; label: string }[]; rule: { threshold: string | null } }[] } },
  { areaKey: string; asOf: string | null }
>(
  'OverdueReportBacks',
  `query OverdueReportBacks($areaKey: String, $asOf: Date) {
    gaps(areaKey: $areaKey, asOf: $asOf, types: [no_recent_report_back]) {
      asOf
      gaps { measure entities { key label } rule { threshold } }
    }
  }`,
);

async function allPages<TData, T>(op: Operation<TData, PageVars>, pick: (data: TData) => Page<T>, areaKey: string, asOf: string | null, signal?: AbortSignal) {
  const nodes: T[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const page: Page<T> = pick(await request(op, { areaKey, asOf, first: 500, after }, signal));
    total = page.totalCount;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, total };
}

export interface RepresentationData {
  bodies: RepresentationBody[];
  seats: RepresentationSeat[];
  /** totals as the API counts them */
  bodyTotal: number;
  seatTotal: number;
  overdue: OverdueReport | null;
}

export async function fetchRepresentation(areaKey: string, asOf: string | null, withOverdue: boolean, signal?: AbortSignal): Promise<RepresentationData> {
  const [bodies, seats, overdue] = await Promise.all([
    allPages(AREA_BODIES_QUERY, (d) => d.bodies, areaKey, asOf, signal),
    allPages(AREA_SEATS_QUERY, (d) => d.seats, areaKey, asOf, signal),
    withOverdue ? request(OVERDUE_QUERY, { areaKey, asOf }, signal) : Promise.resolve(null),
  ]);
  let report: OverdueReport | null = null;
  if (overdue) {
    const seatsFlagged = new Map<string, number | null>();
    let months: number | null = null;
    for (const gap of overdue.gaps.gaps) {
      for (const e of gap.entities) if (e.label === 'Seat') seatsFlagged.set(e.key, gap.measure);
      const n = Number(gap.rule.threshold);
      if (gap.rule.threshold != null && Number.isFinite(n)) months = n;
    }
    report = { asOf: overdue.gaps.asOf, seats: seatsFlagged, months };
  }
  return { bodies: bodies.nodes, seats: seats.nodes, bodyTotal: bodies.total, seatTotal: seats.total, overdue: report };
}

/** The latest report-back on or before `asOf` (all of them when no date is given). */
export function lastReportBackOn(seat: RepresentationSeat, asOf: string | null): string | null {
  let latest: string | null = null;
  for (const r of seat.reportBacks) {
    if (asOf && r.date > asOf) continue;
    if (!latest || r.date > latest) latest = r.date;
  }
  return latest;
}
