/** A BrokerInput from a plain NetworkDataset as of a date (tests, the benchmark, imports). */
import type { NetworkDataset } from '../domain/model.ts';
import { activeOn, areaAndDescendants } from '../gaps/from-dataset.ts';
import type { BrokerInput } from './types.ts';

/** The whole dataset, or only the organisations in `areaId` plus one ring of tie neighbours. */
export function brokerInputFromDataset(ds: NetworkDataset, asOf: string, areaId?: string | null): BrokerInput {
  const active = ds.organisations.filter((o) => activeOn(o, asOf));
  const activeIds = new Set(active.map((o) => o.id));
  let ties = ds.ties.filter((t) => activeOn(t, asOf) && activeIds.has(t.sourceId) && activeIds.has(t.targetId));
  let keep = activeIds;
  if (areaId) {
    const inside = areaAndDescendants(ds, areaId);
    const core = new Set(active.filter((o) => o.areaIds.some((a) => inside.has(a))).map((o) => o.id));
    keep = new Set(core);
    for (const t of ties) {
      if (core.has(t.sourceId)) keep.add(t.targetId);
      if (core.has(t.targetId)) keep.add(t.sourceId);
    }
    ties = ties.filter((t) => keep.has(t.sourceId) && keep.has(t.targetId));
  }
  const people = new Map(ds.people.map((p) => [p.id, p]));
  const onBody = new Map<string, Set<string>>();
  const add = (bodyId: string, orgId: string) => {
    if (!keep.has(orgId)) return;
    let set = onBody.get(bodyId);
    if (!set) onBody.set(bodyId, (set = new Set()));
    set.add(orgId);
  };
  for (const m of ds.memberships) if (activeOn(m, asOf)) add(m.bodyId, m.organisationId);
  for (const s of ds.seats) {
    if (!activeOn(s, asOf)) continue;
    for (const h of s.holders) if (activeOn(h, asOf)) add(s.bodyId, people.get(h.personId)?.organisationId ?? '');
  }
  const bodyById = new Map(ds.bodies.map((b) => [b.id, b]));
  return {
    asOf,
    organisations: active.filter((o) => keep.has(o.id)).map((o) => ({
      id: o.id, name: o.name, nameCy: o.nameCy ?? null, kind: o.kind, sectorId: o.sectorId, areaIds: o.areaIds, themeIds: o.themeIds,
    })),
    ties: ties.map((t) => ({ id: t.id, source: t.sourceId, target: t.targetId, kind: t.kind, trust: t.trust ?? null })),
    bodies: [...onBody].map(([id, orgs]) => ({ id, name: bodyById.get(id)?.name ?? id, nameCy: bodyById.get(id)?.nameCy ?? null, organisationIds: [...orgs] })),
    declined: ds.introductions
      .filter((i) => i.status === 'declined')
      .map((i) => ({ id: i.id, organisationIds: i.organisationIds, since: i.events[i.events.length - 1]?.at ?? asOf })),
    sectors: ds.sectors,
    themes: ds.themes,
    areas: ds.areas,
  };
}
