/** PSBs (and the LSBs before them), their sub-groups, local fora, the Fusion partnerships and programme. */

import type { Body, Membership } from '../../domain/model.ts';
import { LOCAL_AUTHORITIES, WALES_ID, areaIdOf, councilIdOf, type LocalAuthorityRef } from '../reference/areas.ts';
import { CVCS, cvcFor } from '../reference/organisations.ts';
import { FUSION_AREAS, FUSION_NATIONAL_PARTNER_IDS, FUSION_PROGRAMME_BODY_ID } from '../reference/fusion.ts';
import { FUSION_EXPECTED_SECTOR_IDS } from '../reference/sectors.ts';
import { FUSION_THEME_IDS } from '../reference/themes.ts';
import { addDays, randomDate } from '../dates.ts';
import type { DemoContext } from './context.ts';
import { DEMO_PLANTED_GAPS, DEMO_REFERENCE_DATE } from './planted-gaps.ts';
import { fusionCoordinatorId } from './people.ts';

export const PSB_START = '2016-04-01';
export const LSB_END = '2016-03-31';

interface SubGroupKind {
  key: string;
  name: string;
  nameCy: string;
  themeIds: string[];
}

export const SUB_GROUP_KINDS: readonly SubGroupKind[] = [
  { key: 'engagement', name: 'Engagement sub-group', nameCy: 'Is-grŵp ymgysylltu', themeIds: ['theme-wg5'] },
  { key: 'needs-analysis', name: 'Needs analysis', nameCy: 'Dadansoddi anghenion', themeIds: ['theme-wg4'] },
  { key: 'communities', name: 'Communities', nameCy: 'Cymunedau', themeIds: ['theme-wg5', 'theme-f8'] },
  { key: 'children-young-people', name: 'Children and young people', nameCy: 'Plant a phobl ifanc', themeIds: ['theme-f1', 'theme-f6'] },
  { key: 'health-social-care', name: 'Health and social care', nameCy: 'Iechyd a gofal cymdeithasol', themeIds: ['theme-wg3', 'theme-f7'] },
  { key: 'community-safety', name: 'Community safety', nameCy: 'Diogelwch cymunedol', themeIds: ['theme-psb-safety'] },
  { key: 'poverty', name: 'Poverty', nameCy: 'Tlodi', themeIds: ['theme-psb-poverty', 'theme-wg4'] },
  { key: 'well-being-assessment', name: 'Well-being assessment', nameCy: 'Asesiad llesiant', themeIds: ['theme-wg1', 'theme-wg3'] },
  { key: 'climate-nature', name: 'Climate and nature', nameCy: 'Hinsawdd a natur', themeIds: ['theme-psb-climate', 'theme-wg2'] },
];

interface ForumKind {
  key: string;
  name: string;
  nameCy: string;
  /** who owns it: the CVC or the council */
  owner: 'cvc' | 'council';
}

export const FORUM_KINDS: readonly ForumKind[] = [
  { key: 'third-sector-forum', name: 'Third Sector Forum', nameCy: 'Fforwm y Trydydd Sector', owner: 'cvc' },
  { key: 'compact', name: 'Compact Liaison Committee', nameCy: 'Pwyllgor Cyswllt y Compact', owner: 'council' },
  { key: 'children-young-peoples-board', name: "Children and Young People's Board", nameCy: 'Bwrdd Plant a Phobl Ifanc', owner: 'council' },
  { key: 'community-safety-partnership', name: 'Community Safety Partnership', nameCy: 'Partneriaeth Diogelwch Cymunedol', owner: 'council' },
  { key: 'health-social-care-forum', name: 'Health and Social Care Forum', nameCy: 'Fforwm Iechyd a Gofal Cymdeithasol', owner: 'cvc' },
];

/** sub-groups every PSB has, so the planted seat ids exist for any seed */
const ALWAYS_SUB_GROUPS = ['engagement', 'communities'];
/** LSB sub-groups carried over into the PSB under the same key */
const LSB_SUB_GROUPS = ['children-young-people', 'health-social-care'];

export function psbId(laSlug: string): string {
  return `body-psb-${laSlug}`;
}

export function buildBodies(ctx: DemoContext): Body[] {
  const bodies: Body[] = [];
  const lsbAreas = new Map(Object.entries(DEMO_PLANTED_GAPS.psbsWithLsbPredecessor).map(([psb, lsb]) => [psb, lsb]));
  for (const la of LOCAL_AUTHORITIES) {
    const area = areaIdOf(la.slug);
    const council = councilIdOf(la.slug);
    const lsb = lsbAreas.get(psbId(la.slug));
    if (lsb) {
      bodies.push({
        id: lsb, name: `${la.name} Local Service Board`, nameCy: `Bwrdd Gwasanaethau Lleol ${la.nameCy}`, type: 'lsb', status: 'replaced',
        validFrom: '2008-04-01', validTo: LSB_END, ownerId: council, areaIds: [area], themeIds: ['theme-psb-poverty'], coordinatorIds: [],
      });
      for (const key of LSB_SUB_GROUPS) {
        const kind = subGroupKind(key);
        bodies.push({
          id: `${lsb}-${key}`, name: `${la.name} LSB ${kind.name} partnership`, nameCy: `${kind.nameCy} – BGLl ${la.nameCy}`,
          type: 'sub_group', status: 'replaced', validFrom: randomDate(ctx.prng, '2008-06-01', '2011-12-31'), validTo: LSB_END,
          parentId: lsb, ownerId: council, areaIds: [area], themeIds: kind.themeIds, coordinatorIds: [],
        });
      }
    }
    const psb = psbId(la.slug);
    bodies.push({
      id: psb, name: `${la.name} Public Services Board`, nameCy: `Bwrdd Gwasanaethau Cyhoeddus ${la.nameCy}`, type: 'psb', status: 'active',
      validFrom: PSB_START, predecessorId: lsb ?? null, ownerId: council, areaIds: [area], themeIds: ['theme-psb-poverty', 'theme-wg4', 'theme-wg5'], coordinatorIds: [],
    });
    bodies.push(...buildSubGroups(ctx, la, psb, lsb));
    bodies.push(...buildFora(ctx, la));
  }
  bodies.push(...buildFusionBodies());
  bodies.push({
    id: 'body-third-sector-support-wales', name: 'Third Sector Support Wales', nameCy: 'Cefnogi Trydydd Sector Cymru', type: 'network', status: 'active',
    validFrom: '2016-04-01', ownerId: 'org-wcva', areaIds: [WALES_ID], themeIds: ['theme-f3', 'theme-wg5'], coordinatorIds: [],
  });
  return bodies;
}

function subGroupKind(key: string): SubGroupKind {
  const kind = SUB_GROUP_KINDS.find((k) => k.key === key);
  if (!kind) throw new Error(`unknown sub-group ${key}`);
  return kind;
}

function buildSubGroups(ctx: DemoContext, la: LocalAuthorityRef, psb: string, lsb: string | undefined): Body[] {
  const { prng } = ctx;
  const forced = new Set(ALWAYS_SUB_GROUPS);
  for (const id of DEMO_PLANTED_GAPS.subGroupsWithoutThirdSectorSeat) if (id.startsWith(`${psb}-`)) forced.add(id.slice(psb.length + 1));
  if (lsb) for (const key of LSB_SUB_GROUPS) forced.add(key);
  const lapsed = Object.entries(DEMO_PLANTED_GAPS.lapsedAndReappeared).filter(([, old]) => old.startsWith(`${psb}-`));
  // the lapsed sub-group and its successor both count, so keep the total at 8 or fewer
  const target = Math.max(forced.size, prng.int(4, lapsed.length > 0 ? 7 : 8));
  const others = prng.shuffle(SUB_GROUP_KINDS.map((k) => k.key).filter((k) => !forced.has(k)));
  const keys = [...forced, ...others.slice(0, target - forced.size)];
  const area = areaIdOf(la.slug);
  const bodies: Body[] = [];
  for (const key of SUB_GROUP_KINDS.map((k) => k.key).filter((k) => keys.includes(k))) {
    const kind = subGroupKind(key);
    const id = `${psb}-${key}`;
    const successor = lapsed.find(([, old]) => old === id);
    const validFrom = randomDate(prng, PSB_START, '2017-12-31');
    bodies.push({
      id, name: `${la.name} PSB ${kind.name}`, nameCy: `${kind.nameCy} – BGC ${la.nameCy}`, type: 'sub_group',
      status: successor ? 'lapsed' : 'active', validFrom, validTo: successor ? randomDate(prng, '2019-01-01', '2019-12-31') : null,
      parentId: psb, predecessorId: lsb && LSB_SUB_GROUPS.includes(key) ? `${lsb}-${key}` : null,
      ownerId: councilIdOf(la.slug), areaIds: [area], themeIds: kind.themeIds, coordinatorIds: [],
    });
    if (successor) {
      const [successorId] = successor;
      const successorName = successorId.endsWith('communities-and-place') ? ['Communities and place', 'Cymunedau a lle'] : ['Participation network', 'Rhwydwaith cyfranogiad'];
      bodies.push({
        id: successorId, name: `${la.name} PSB ${successorName[0]}`, nameCy: `${successorName[1]} – BGC ${la.nameCy}`, type: 'sub_group', status: 'active',
        validFrom: randomDate(prng, '2020-09-01', '2021-06-30'), parentId: psb, predecessorId: id,
        ownerId: councilIdOf(la.slug), areaIds: [area], themeIds: kind.themeIds, coordinatorIds: [],
      });
    }
  }
  return bodies;
}

function buildFora(ctx: DemoContext, la: LocalAuthorityRef): Body[] {
  const { prng } = ctx;
  const others = prng.sample(FORUM_KINDS.slice(1), prng.int(1, 3));
  const chosen = new Set([FORUM_KINDS[0]?.key, ...others.map((f) => f.key)]);
  return FORUM_KINDS.filter((f) => chosen.has(f.key)).map((forum) => ({
    id: `body-forum-${la.slug}-${forum.key}`,
    name: `${la.name} ${forum.name}`,
    nameCy: `${forum.nameCy} ${la.nameCy}`,
    type: 'forum' as const,
    status: 'active' as const,
    validFrom: randomDate(prng, '2009-01-01', '2016-12-31'),
    ownerId: forum.owner === 'cvc' ? cvcFor(la.slug).id : councilIdOf(la.slug),
    areaIds: [areaIdOf(la.slug)],
    themeIds: forum.key === 'community-safety-partnership' ? ['theme-psb-safety'] : ['theme-wg5'],
    coordinatorIds: [],
  }));
}

function buildFusionBodies(): Body[] {
  const bodies: Body[] = [{
    id: FUSION_PROGRAMME_BODY_ID, name: 'Fusion: Creating Opportunities through Culture', nameCy: 'Cyfuno: Creu Cyfleoedd drwy Ddiwylliant',
    type: 'programme', status: 'active', validFrom: '2015-04-01', ownerId: 'org-welsh-government', areaIds: [WALES_ID],
    themeIds: [...FUSION_THEME_IDS], coordinatorIds: [], expectedSectorIds: [...FUSION_EXPECTED_SECTOR_IDS],
  }];
  for (const area of FUSION_AREAS) {
    bodies.push({
      id: area.bodyId, name: area.name, nameCy: area.nameCy, type: 'partnership', status: 'active', validFrom: '2017-02-01',
      parentId: FUSION_PROGRAMME_BODY_ID, ownerId: area.leadOrgId, areaIds: area.laSlugs.map(areaIdOf),
      themeIds: [...FUSION_THEME_IDS], coordinatorIds: [fusionCoordinatorId(area.bodyId)], expectedSectorIds: [...FUSION_EXPECTED_SECTOR_IDS],
    });
  }
  return bodies;
}

/** Fusion partnership members (some brought in by other members) and the CVC network. */
export function buildMemberships(ctx: DemoContext): Membership[] {
  const { prng } = ctx;
  const memberships: Membership[] = [];
  const missing = DEMO_PLANTED_GAPS.partnershipMissingSector;
  for (const area of FUSION_AREAS) {
    const founders = [area.leadOrgId, ...area.coLeadOrgIds];
    const joined: { id: string; since: string }[] = founders.map((id) => ({ id, since: '2017-02-01' }));
    for (const id of founders) memberships.push({ organisationId: id, bodyId: area.bodyId, since: '2017-02-01', broughtById: null });
    const local = area.laSlugs.flatMap((slug) => ctx.localOrgIdsByLa.get(slug) ?? []).filter((id) => !ctx.reserved.has(id));
    const candidates: string[] = [];
    for (const sectorId of FUSION_EXPECTED_SECTOR_IDS) {
      if (area.bodyId === missing.bodyId && sectorId === missing.sectorId) continue;
      const inSector = local.filter((id) => ctx.orgById.get(id)?.sectorId === sectorId);
      candidates.push(...prng.sample(inSector, prng.int(1, 3)));
    }
    candidates.push(...prng.sample(local.filter((id) => !candidates.includes(id)), prng.int(2, 5)).filter((id) => {
      const sector = ctx.orgById.get(id)?.sectorId;
      return !(area.bodyId === missing.bodyId && sector === missing.sectorId);
    }));
    candidates.push(...prng.sample(FUSION_NATIONAL_PARTNER_IDS, prng.int(3, 5)));
    const cvcs = CVCS.filter((c) => c.laSlugs.some((s) => area.laSlugs.includes(s))).map((c) => c.id);
    if (prng.chance(0.7)) candidates.push(...cvcs);
    for (const id of candidates) {
      if (founders.includes(id) || joined.some((j) => j.id === id)) continue;
      const since = randomDate(prng, '2017-02-01', '2025-06-30');
      const earlier = joined.filter((j) => j.since <= since);
      const broughtBy = prng.chance(0.3) && earlier.length > 0 ? prng.pick(earlier).id : null;
      const until = prng.chance(0.1) ? randomDate(prng, addDays(since, 180), addDays(DEMO_REFERENCE_DATE, -30)) : null;
      memberships.push({ organisationId: id, bodyId: area.bodyId, since, until: until && until >= since ? until : null, broughtById: broughtBy });
      joined.push({ id, since });
    }
  }
  // a planted isolate is a newcomer to Fusion Newport: in the partnership, no ties yet
  const newcomer = DEMO_PLANTED_GAPS.isolates.find((id) => id.startsWith('org-newport-'));
  const newcomerSince = newcomer ? ctx.orgById.get(newcomer)?.since : null;
  if (newcomer && newcomerSince) memberships.push({ organisationId: newcomer, bodyId: 'body-fusion-newport', since: newcomerSince, broughtById: 'org-newport-council' });
  for (const id of ['org-wcva', ...CVCS.map((c) => c.id)]) {
    memberships.push({ organisationId: id, bodyId: 'body-third-sector-support-wales', since: '2016-04-01', broughtById: null });
  }
  return memberships;
}
