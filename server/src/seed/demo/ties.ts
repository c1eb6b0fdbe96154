/**
 * Organisation-organisation ties: mostly within a local authority, biased towards the same sector,
 * with the CVC and the council as hubs, national bodies reaching across Wales, and the planted
 * structures (articulation point, structural hole, isolates, single ties).
 */

import { LOCAL_AUTHORITIES, councilIdOf } from '../reference/areas.ts';
import { CVCS, FIRE_AND_RESCUE_SERVICES, HEALTH_BOARDS, NAMED_BODIES, POLICE_FORCES, cvcFor } from '../reference/organisations.ts';
import { SECTOR_IDS, THIRD_SECTOR_SECTOR_IDS } from '../reference/sectors.ts';
import { addTie, type DemoContext } from './context.ts';
import { DEMO_PLANTED_GAPS } from './planted-gaps.ts';

export function buildTies(ctx: DemoContext): void {
  plantStructures(ctx);
  for (const la of LOCAL_AUTHORITIES) tieWithinAuthority(ctx, la.slug);
  tieAcrossWales(ctx);
}

function plantStructures(ctx: DemoContext): void {
  const { prng } = ctx;
  const pinned = { force: true, neverEnds: true } as const;
  // St Davids cluster: a connected group of small organisations whose only outside link is PAVS
  const cluster = DEMO_PLANTED_GAPS.articulationDependentOrgs;
  for (let i = 1; i < cluster.length; i++) addTie(ctx, cluster[i - 1] as string, cluster[i] as string, pinned);
  addTie(ctx, cluster[0] as string, cluster[2] as string, pinned);
  addTie(ctx, DEMO_PLANTED_GAPS.articulationPointOrg, cluster[0] as string, { ...pinned, kind: 'information_sharing', source: 'coordinator' });
  addTie(ctx, DEMO_PLANTED_GAPS.articulationPointOrg, cluster[3] as string, { ...pinned, kind: 'funding', source: 'coordinator' });

  // Powys: Brecknockshire groups tie among themselves; one tie bridges to the rest of the county
  const communityB = DEMO_PLANTED_GAPS.structuralHoleCommunityB;
  for (let i = 1; i < communityB.length; i++) addTie(ctx, communityB[i - 1] as string, communityB[i] as string, pinned);
  for (const a of communityB) {
    for (let k = 0; k < 2; k++) addTie(ctx, a, prng.pick(communityB), { neverEnds: true });
  }
  addTie(ctx, communityB[0] as string, 'org-powys-1', { ...pinned, id: DEMO_PLANTED_GAPS.structuralHoleBridgeTie, kind: 'joint_delivery', source: 'survey' });

  // newcomers with exactly one tie: to their CVC, who welcomed them
  for (const id of DEMO_PLANTED_GAPS.singleTieOrgs) {
    const org = ctx.orgById.get(id);
    const laSlug = org?.areaIds[0]?.replace('area-', '') ?? '';
    const since = org?.since ?? '2025-06-01';
    addTie(ctx, cvcFor(laSlug).id, id, { ...pinned, kind: 'information_sharing', source: 'coordinator', since });
  }
}

function tieWithinAuthority(ctx: DemoContext, laSlug: string): void {
  const { prng } = ctx;
  const local = (ctx.localOrgIdsByLa.get(laSlug) ?? []).filter((id) => !ctx.reserved.has(id));
  const cvc = cvcFor(laSlug).id;
  const council = councilIdOf(laSlug);
  const covering = [...HEALTH_BOARDS, ...POLICE_FORCES, ...FIRE_AND_RESCUE_SERVICES].filter((r) => r.laSlugs.includes(laSlug)).map((r) => r.id);
  const bySector = new Map<string, string[]>();
  for (const id of local) {
    const sector = ctx.orgById.get(id)?.sectorId ?? '';
    bySector.set(sector, [...(bySector.get(sector) ?? []), id]);
  }

  // hubs: the CVC reaches most of the third sector, the council a good share of everyone
  for (const id of local) {
    const org = ctx.orgById.get(id);
    if (!org) continue;
    const thirdSector = org.kind === 'tso' || org.kind === 'social_enterprise' || THIRD_SECTOR_SECTOR_IDS.includes(org.sectorId);
    if (prng.chance(thirdSector ? 0.6 : 0.2)) addTie(ctx, cvc, id, { kind: prng.chance(0.7) ? 'information_sharing' : 'referral' });
    if (prng.chance(0.3)) addTie(ctx, council, id, { kind: prng.chance(0.4) ? 'funding' : undefined });
    const health = org.sectorId === SECTOR_IDS.health || org.sectorId === SECTOR_IDS.socialCare;
    const safety = org.sectorId === SECTOR_IDS.policingJustice;
    for (const regional of covering) {
      const regionalSector = ctx.orgById.get(regional)?.sectorId;
      const affinity = (regionalSector === SECTOR_IDS.health && health) || (regionalSector === SECTOR_IDS.policingJustice && safety);
      if (prng.chance(affinity ? 0.6 : 0.05)) addTie(ctx, regional, id, { kind: affinity ? 'referral' : undefined });
    }
  }
  // statutory partners know each other
  for (const a of [council, cvc, ...covering]) {
    for (const b of [council, cvc, ...covering]) if (a < b && prng.chance(0.85)) addTie(ctx, a, b, { kind: 'information_sharing', source: 'minutes' });
  }
  // peer ties: mostly same sector, otherwise anyone nearby
  for (const id of local) {
    const sector = ctx.orgById.get(id)?.sectorId ?? '';
    const peers = bySector.get(sector) ?? [];
    const ties = prng.int(1, 4);
    for (let k = 0; k < ties; k++) {
      const target = prng.chance(0.5) && peers.length > 1 ? prng.pick(peers) : prng.pick(local);
      addTie(ctx, id, target);
    }
  }
}

function tieAcrossWales(ctx: DemoContext): void {
  const { prng } = ctx;
  const all = [...ctx.localOrgIdsByLa.values()].flat().filter((id) => !ctx.reserved.has(id));
  const national = NAMED_BODIES.filter((b) => b.laSlugs.length === 0).map((b) => b.id);
  // national bodies reach into local areas, preferring organisations in their own sector
  for (const nationalId of national) {
    const sector = ctx.orgById.get(nationalId)?.sectorId;
    const sameSector = all.filter((id) => ctx.orgById.get(id)?.sectorId === sector);
    for (let k = prng.int(6, 14); k > 0; k--) {
      const target = sameSector.length > 0 && prng.chance(0.6) ? prng.pick(sameSector) : prng.pick(all);
      addTie(ctx, nationalId, target, { kind: prng.chance(0.3) ? 'funding' : undefined });
    }
  }
  for (const a of national) for (const b of national) if (a < b && prng.chance(0.25)) addTie(ctx, a, b);
  // WCVA and the CVCs; councils within the same region
  for (const cvc of CVCS) addTie(ctx, 'org-wcva', cvc.id, { kind: 'information_sharing', source: 'import', neverEnds: true });
  for (const a of LOCAL_AUTHORITIES) {
    for (const b of LOCAL_AUTHORITIES) {
      if (a.slug < b.slug && a.regionId === b.regionId && prng.chance(0.5)) addTie(ctx, councilIdOf(a.slug), councilIdOf(b.slug), { source: 'minutes' });
    }
    addTie(ctx, 'org-welsh-government', councilIdOf(a.slug), { kind: 'funding', source: 'import', neverEnds: true });
  }
  // a sprinkling of same-sector ties between neighbouring authorities
  for (const la of LOCAL_AUTHORITIES) {
    const local = (ctx.localOrgIdsByLa.get(la.slug) ?? []).filter((id) => !ctx.reserved.has(id));
    const neighbours = LOCAL_AUTHORITIES.filter((o) => o.regionId === la.regionId && o.slug !== la.slug)
      .flatMap((o) => ctx.localOrgIdsByLa.get(o.slug) ?? [])
      .filter((id) => !ctx.reserved.has(id));
    if (local.length === 0 || neighbours.length === 0) continue;
    for (let k = prng.int(3, 6); k > 0; k--) {
      const a = prng.pick(local);
      const sector = ctx.orgById.get(a)?.sectorId;
      const sameSector = neighbours.filter((id) => ctx.orgById.get(id)?.sectorId === sector);
      addTie(ctx, a, sameSector.length > 0 ? prng.pick(sameSector) : prng.pick(neighbours));
    }
  }
}
