/**
 * A GapInput from a plain NetworkDataset (the demo generator's output, or an import) for one area as
 * of a date: the in-memory twin of services/gaps.ts, used by unit tests and benchmarks.
 */
import type { NetworkDataset, Period } from '../domain/model.ts';
import type { GapInput } from './types.ts';

export const activeOn = (p: Period, asOf: string): boolean => (!p.since || p.since <= asOf) && (!p.until || asOf < p.until);

/** The area and every area below it. */
export function areaAndDescendants(ds: Pick<NetworkDataset, 'areas'>, areaId: string): Set<string> {
  const out = new Set([areaId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of ds.areas) if (a.parentId && out.has(a.parentId) && !out.has(a.id)) (out.add(a.id), (grew = true));
  }
  return out;
}

export function gapInputFromDataset(ds: NetworkDataset, areaId: string, asOf: string): GapInput {
  const area = ds.areas.find((a) => a.id === areaId);
  if (!area) throw new Error(`unknown area ${areaId}`);
  const inside = areaAndDescendants(ds, areaId);
  const orgs = ds.organisations.filter((o) => activeOn(o, asOf) && o.areaIds.some((a) => inside.has(a)));
  const orgIds = new Set(orgs.map((o) => o.id));
  const activeOrg = new Map(ds.organisations.filter((o) => activeOn(o, asOf)).map((o) => [o.id, o]));
  const ties = ds.ties.filter((t) => activeOn(t, asOf) && activeOrg.has(t.sourceId) && activeOrg.has(t.targetId));
  const degree = new Map<string, number>();
  for (const t of ties) for (const id of [t.sourceId, t.targetId]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const people = new Map(ds.people.map((p) => [p.id, p]));
  const bodies = ds.bodies.filter(
    (b) => (!b.validFrom || b.validFrom <= asOf) && (!b.validTo || asOf < b.validTo) && b.areaIds.some((a) => inside.has(a)),
  );
  const bodyIds = new Set(bodies.map((b) => b.id));
  const memberships = ds.memberships.filter((m) => activeOn(m, asOf));
  const allSeats = ds.seats.filter((s) => activeOn(s, asOf));
  const holderOf = (s: (typeof allSeats)[number]) => s.holders.find((h) => activeOn(h, asOf)) ?? null;
  const seatsHeld = new Map<string, number>();
  const represented = new Set(memberships.map((m) => m.organisationId));
  for (const s of allSeats) {
    const h = holderOf(s);
    if (!h) continue;
    seatsHeld.set(h.personId, (seatsHeld.get(h.personId) ?? 0) + 1);
    const p = people.get(h.personId);
    if (p) represented.add(p.organisationId);
  }
  const lastReport = new Map<string, string>();
  for (const r of ds.reportBacks) if (r.date <= asOf && (lastReport.get(r.seatId) ?? '') < r.date) lastReport.set(r.seatId, r.date);
  const orgKind = new Map(ds.organisations.map((o) => [o.id, o.kind]));
  const las = ds.areas.filter((a) => a.level === 'local_authority' && inside.has(a.id));
  return {
    asOf,
    area: { id: area.id, name: area.name, nameCy: area.nameCy },
    localAuthorities: las.map((a) => ({ id: a.id, name: a.name, nameCy: a.nameCy })),
    sectors: ds.sectors,
    themes: ds.themes,
    organisations: orgs.map((o) => ({
      id: o.id, name: o.name, nameCy: o.nameCy ?? null, kind: o.kind, sectorId: o.sectorId, areaIds: o.areaIds, themeIds: o.themeIds,
      totalDegree: degree.get(o.id) ?? 0, represented: represented.has(o.id),
    })),
    ties: ties.filter((t) => orgIds.has(t.sourceId) && orgIds.has(t.targetId)).map((t) => ({ id: t.id, source: t.sourceId, target: t.targetId, trust: t.trust ?? null })),
    bodies: bodies.map((b) => ({
      id: b.id, name: b.name, nameCy: b.nameCy ?? null, type: b.type, areaIds: b.areaIds, expectedSectorIds: b.expectedSectorIds ?? [],
      memberIds: memberships.filter((m) => m.bodyId === b.id && activeOrg.has(m.organisationId)).map((m) => m.organisationId),
    })),
    seats: allSeats.filter((s) => bodyIds.has(s.bodyId)).map((s) => {
      const h = holderOf(s);
      const p = h ? people.get(h.personId) : undefined;
      return {
        id: s.id, bodyId: s.bodyId, seatType: s.seatType, onBehalfOfId: s.onBehalfOfId ?? null,
        holder: h && p ? {
          personId: p.id, name: p.name, role: p.role, organisationId: p.organisationId, organisationKind: orgKind.get(p.organisationId) ?? null,
          since: h.since ?? null, totalSeats: seatsHeld.get(p.id) ?? 1,
        } : null,
        lastReportBack: lastReport.get(s.id) ?? null,
      };
    }),
    collaborations: ds.collaborations.filter((c) => activeOn(c, asOf)).filter((c) => c.areaIds.some((a) => inside.has(a)) || c.partnerIds.some((p) => orgIds.has(p))),
  };
}
