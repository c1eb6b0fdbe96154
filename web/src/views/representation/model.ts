/**
 * Pure shaping of the representation data: bodies in a readable order (each board followed by its
 * sub-groups), the bodies x sectors matrix of seat counts, and the lineage chains.
 */
import type { BodyRef, BodyType, RepresentationBody, RepresentationSeat, SeatType } from '../../api/representation.ts';

const TYPE_ORDER: Record<BodyType, number> = { lsb: 0, psb: 1, forum: 2, partnership: 3, programme: 4, network: 5, sub_group: 6 };
const SEAT_ORDER: Record<SeatType, number> = { chair: 0, statutory_member: 1, third_sector_representative: 2, member: 3, observer: 4 };

export interface OrderedBody {
  body: RepresentationBody;
  /** 0 for a board or forum, 1 for its sub-groups, ... */
  depth: number;
  seats: RepresentationSeat[];
}

function byTypeThenName(collator: Intl.Collator, label: (b: RepresentationBody) => string) {
  return (a: RepresentationBody, b: RepresentationBody) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || collator.compare(label(a), label(b));
}

export function sortSeats(seats: RepresentationSeat[]): RepresentationSeat[] {
  return [...seats].sort((a, b) => SEAT_ORDER[a.seatType] - SEAT_ORDER[b.seatType] || a.key.localeCompare(b.key));
}

/** Boards and fora first, each followed (depth-first) by the bodies that are part of it. */
export function orderBodies(
  bodies: RepresentationBody[],
  seats: RepresentationSeat[],
  label: (b: RepresentationBody) => string,
  collator: Intl.Collator,
): OrderedBody[] {
  const keys = new Set(bodies.map((b) => b.key));
  const seatsByBody = new Map<string, RepresentationSeat[]>();
  for (const seat of seats) {
    const list = seatsByBody.get(seat.body.key) ?? [];
    list.push(seat);
    seatsByBody.set(seat.body.key, list);
  }
  const children = new Map<string, RepresentationBody[]>();
  const roots: RepresentationBody[] = [];
  for (const body of bodies) {
    const parent = body.parent?.key;
    if (parent && keys.has(parent)) children.set(parent, [...(children.get(parent) ?? []), body]);
    else roots.push(body);
  }
  const compare = byTypeThenName(collator, label);
  const out: OrderedBody[] = [];
  const visit = (body: RepresentationBody, depth: number) => {
    out.push({ body, depth, seats: sortSeats(seatsByBody.get(body.key) ?? []) });
    for (const child of (children.get(body.key) ?? []).sort(compare)) visit(child, depth + 1);
  };
  for (const root of roots.sort(compare)) visit(root, 0);
  return out;
}

/** The sector a seat speaks for: that of the organisation it is held on behalf of. */
export function seatSector(seat: RepresentationSeat): string | null {
  return seat.onBehalfOf?.sector?.key ?? null;
}

export interface SectorMatrix {
  /** sector keys with at least one seat, most seats first; null = no sector stated */
  sectors: (string | null)[];
  rows: { body: RepresentationBody; counts: number[]; total: number }[];
  columnTotals: number[];
  total: number;
}

export function sectorMatrix(ordered: OrderedBody[]): SectorMatrix {
  const perSector = new Map<string | null, number>();
  for (const { seats } of ordered) for (const s of seats) perSector.set(seatSector(s), (perSector.get(seatSector(s)) ?? 0) + 1);
  const sectors = [...perSector.entries()]
    .sort((a, b) => (a[0] === null ? 1 : b[0] === null ? -1 : b[1] - a[1] || a[0].localeCompare(b[0])))
    .map(([k]) => k);
  const rows = ordered.map(({ body, seats }) => {
    const counts = sectors.map((sector) => seats.filter((s) => seatSector(s) === sector).length);
    return { body, counts, total: seats.length };
  });
  const columnTotals = sectors.map((_, i) => rows.reduce((sum, r) => sum + r.counts[i]!, 0));
  return { sectors, rows, columnTotals, total: rows.reduce((sum, r) => sum + r.total, 0) };
}

/**
 * Lines of bodies that replaced one another, oldest first: built from each listed body's lineage
 * (its predecessors) and successors; a line that is part of a longer one is dropped.
 */
export function lineageChains(bodies: RepresentationBody[]): BodyRef[][] {
  const chains: BodyRef[][] = [];
  for (const body of bodies) {
    if (body.lineage.length === 0 && body.successors.length === 0) continue;
    chains.push([...[...body.lineage].reverse(), body, ...body.successors]);
  }
  const signature = (chain: BodyRef[]) => chain.map((b) => b.key).join('>');
  const unique = [...new Map(chains.map((c) => [signature(c), c])).values()];
  return unique
    .filter((chain) => !unique.some((other) => other !== chain && other.length > chain.length && signature(other).includes(signature(chain))))
    .sort((a, b) => (a[0]!.validFrom ?? '').localeCompare(b[0]!.validFrom ?? '') || a[0]!.key.localeCompare(b[0]!.key));
}
