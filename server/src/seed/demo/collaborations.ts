/**
 * Collaborations (projects with partners, themes and dates) and brokered introductions with their
 * event history. Collaborations produce joint-delivery ties between their partners.
 */

import type { Collaboration, Introduction, IntroductionEvent, IntroductionStatus } from '../../domain/model.ts';
import { LOCAL_AUTHORITIES, areaIdOf } from '../reference/areas.ts';
import { FUSION_AREAS, FUSION_NATIONAL_PARTNER_IDS } from '../reference/fusion.ts';
import { SECTOR_IDS } from '../reference/sectors.ts';
import { FUSION_INDICATOR_GOALS, FUSION_THEME_IDS } from '../reference/themes.ts';
import { addDays, minDate, randomDate } from '../dates.ts';
import { addTie, mayLink, pairKey, type DemoContext } from './context.ts';
import { DEMO_PLANTED_GAPS, DEMO_REFERENCE_DATE } from './planted-gaps.ts';
import { fusionCoordinatorId } from './people.ts';

const COLLABORATION_COUNT = 90;

/** activity names per Fusion indicator, in the spirit of the case studies in the Fusion overview */
const ACTIVITIES: Readonly<Record<string, readonly string[]>> = {
  'theme-f1': ['Family Storytelling Sessions', 'Baby Rhyme Time at the Museum', 'Family Learning Days', 'Dance for Nursery Children'],
  'theme-f2': ['Arts Award Bronze Course', 'Agored Heritage Skills Units', 'Accredited Creative Skills Course'],
  'theme-f3': ['Heritage Volunteering Programme', 'Library Volunteer Network', 'Museum Volunteers as a Route to Work'],
  'theme-f4': ['Cultural Work Placements', 'Heritage Trainee Scheme', 'Backstage Work Experience'],
  'theme-f5': ['Digital Heritage Skills Club', 'Get Online at the Library', 'Community Photography and Archive Project'],
  'theme-f6': ['Film-making in Schools', 'Young Promoters Scheme', 'Museum Takeover Day'],
  'theme-f7': ['Singing for Well-being', 'Music after Stroke Sessions', 'Arts on Prescription', 'Reminiscence in Care Homes'],
  'theme-f8': ['Community Heritage Festival', 'Street Stories Oral History', 'Community Choir and Supper'],
};

const CULTURAL_SECTORS: readonly string[] = [SECTOR_IDS.cultureArts, SECTOR_IDS.heritageMuseums, SECTOR_IDS.libraries];
const PARTNER_SECTORS: readonly string[] = [SECTOR_IDS.health, SECTOR_IDS.education, SECTOR_IDS.housing, SECTOR_IDS.employabilitySkills, SECTOR_IDS.earlyYears, SECTOR_IDS.communityVoluntary];

export function buildCollaborations(ctx: DemoContext): Collaboration[] {
  const { prng } = ctx;
  const fusionSlugs = FUSION_AREAS.flatMap((a) => a.laSlugs);
  const collaborations: Collaboration[] = [];
  const usedNames = new Set<string>();
  for (let n = 1; collaborations.length < COLLABORATION_COUNT && n < COLLABORATION_COUNT * 5; n++) {
    const la = prng.chance(0.6) ? prng.pick(LOCAL_AUTHORITIES.filter((x) => fusionSlugs.includes(x.slug))) : prng.pick(LOCAL_AUTHORITIES);
    const areaId = areaIdOf(la.slug);
    const forbidden = DEMO_PLANTED_GAPS.missingAreaTheme;
    const fusionThemes = FUSION_THEME_IDS.filter((t) => !(areaId === forbidden.areaId && t === forbidden.themeId));
    const primary = prng.pick(fusionThemes);
    const goals = FUSION_INDICATOR_GOALS[primary as keyof typeof FUSION_INDICATOR_GOALS];
    const themeIds = [primary, ...prng.sample(goals, prng.int(0, 1)), ...(prng.chance(0.3) ? [prng.pick(fusionThemes)] : [])];
    const local = (ctx.localOrgIdsByLa.get(la.slug) ?? []).filter((id) => !ctx.reserved.has(id));
    const partners = pickPartners(ctx, local, prng.int(2, 6));
    if (partners.length < 2) continue;
    const activity = prng.pick(ACTIVITIES[primary] ?? ['Community Project']);
    const place = ctx.orgById.get(partners[0] as string)?.attributes?.place ?? la.name;
    let name = `${place} ${activity}`;
    if (usedNames.has(name)) name = `${name} ${prng.int(2017, 2025)}`;
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    const since = randomDate(prng, '2016-01-01', addDays(DEMO_REFERENCE_DATE, -60));
    const until = prng.chance(0.35) ? minDate(addDays(since, prng.int(90, 730)), addDays(DEMO_REFERENCE_DATE, -1)) : null;
    const collaboration: Collaboration = {
      id: `collab-${String(collaborations.length + 1).padStart(3, '0')}`,
      name,
      description: `${activity} in ${place}, ${la.name}.`,
      partnerIds: partners,
      themeIds: [...new Set(themeIds)],
      areaIds: [areaId],
      since,
      until,
      introductionId: null,
    };
    collaborations.push(collaboration);
    tiePartners(ctx, partners, since);
  }
  return collaborations;
}

/** a cultural lead plus partners from other sectors, and now and then a national body */
function pickPartners(ctx: DemoContext, local: string[], count: number): string[] {
  const { prng } = ctx;
  const sectorOf = (id: string) => ctx.orgById.get(id)?.sectorId ?? '';
  const cultural = local.filter((id) => CULTURAL_SECTORS.includes(sectorOf(id)));
  const others = local.filter((id) => PARTNER_SECTORS.includes(sectorOf(id)));
  const partners: string[] = [];
  const tryAdd = (id: string) => {
    if (partners.includes(id)) return;
    if (partners.every((p) => mayLink(ctx, p, id))) partners.push(id);
  };
  if (cultural.length > 0) tryAdd(prng.pick(cultural));
  for (let attempts = 0; partners.length < count && attempts < count * 4; attempts++) {
    tryAdd(prng.pick(prng.chance(0.7) && others.length > 0 ? others : local));
  }
  if (prng.chance(0.2)) tryAdd(prng.pick(FUSION_NATIONAL_PARTNER_IDS));
  return partners;
}

/** partners of a collaboration work together: each is tied to the lead partner */
function tiePartners(ctx: DemoContext, partners: string[], since: string): void {
  const [lead, ...rest] = partners;
  if (!lead) return;
  for (const other of rest) addTie(ctx, lead, other, { kind: 'joint_delivery', source: 'coordinator', since });
}

const INTRODUCTION_PLAN: readonly IntroductionStatus[] = [
  'collaborating', 'collaborating', 'collaborating', 'declined', 'declined', 'lapsed', 'meeting_held', 'meeting_held',
  'introduced', 'introduced', 'suggested', 'suggested', 'collaborating', 'declined', 'lapsed', 'meeting_held',
];

const OUTCOMES: Partial<Record<IntroductionStatus, readonly string[]>> = {
  collaborating: ['Now delivering joint sessions together.', 'Agreed a joint bid and a shared programme.'],
  declined: ['Not a priority for the partner this year.', 'Partner had no capacity to take this on.'],
  lapsed: ['No response after the introduction; followed up twice.'],
};

/** Brokered introductions in the Fusion areas; those that reached "collaborating" get a collaboration. */
export function buildIntroductions(ctx: DemoContext, collaborations: Collaboration[]): Introduction[] {
  const { prng } = ctx;
  const introductions: Introduction[] = [];
  const introduced = new Set<string>();
  INTRODUCTION_PLAN.forEach((status, index) => {
    const area = FUSION_AREAS[index % FUSION_AREAS.length];
    if (!area) return;
    const id = `intro-${String(index + 1).padStart(2, '0')}`;
    const brokerId = fusionCoordinatorId(area.bodyId);
    const local = area.laSlugs.flatMap((slug) => ctx.localOrgIdsByLa.get(slug) ?? []).filter((o) => !ctx.reserved.has(o));
    const sectorOf = (o: string) => ctx.orgById.get(o)?.sectorId ?? '';
    const cultural = local.filter((o) => CULTURAL_SECTORS.includes(sectorOf(o)));
    const partners = local.filter((o) => PARTNER_SECTORS.includes(sectorOf(o)));
    let pair: [string, string] | null = null;
    for (let attempt = 0; attempt < 50 && !pair; attempt++) {
      const a = prng.pick(cultural);
      const b = prng.pick(partners);
      const key = pairKey(a, b);
      if (!ctx.tiePairs.has(key) && !introduced.has(key) && mayLink(ctx, a, b)) pair = [a, b];
    }
    if (!pair) throw new Error(`no introduction candidates in ${area.name}`);
    introduced.add(pairKey(pair[0], pair[1]));
    const events = introductionEvents(ctx, status, brokerId);
    const introducer = commonNeighbour(ctx, pair[0], pair[1]) ?? (pair.includes(area.leadOrgId) ? null : area.leadOrgId);
    introductions.push({
      id, organisationIds: pair, brokerId, introducerOrganisationId: introducer, status, events,
      outcome: OUTCOMES[status] ? prng.pick(OUTCOMES[status] ?? []) : null,
    });
    if (status === 'collaborating') {
      const started = events[events.length - 1]?.at ?? DEMO_REFERENCE_DATE;
      const [a, b] = pair;
      const theme = prng.pick(FUSION_THEME_IDS);
      const activity = prng.pick(ACTIVITIES[theme] ?? ['Joint Project']);
      collaborations.push({
        id: `collab-from-${id}`,
        name: `${ctx.orgById.get(a)?.attributes?.place ?? area.name} ${activity} (brokered)`,
        description: `Came out of an introduction brokered by the ${area.name} coordinator.`,
        partnerIds: [a, b],
        themeIds: [theme],
        areaIds: area.laSlugs.map(areaIdOf),
        since: started,
        until: null,
        introductionId: id,
      });
      addTie(ctx, a, b, { kind: 'joint_delivery', source: 'coordinator', since: started, neverEnds: true });
    }
  });
  return introductions;
}

function introductionEvents(ctx: DemoContext, status: IntroductionStatus, brokerId: string): IntroductionEvent[] {
  const { prng } = ctx;
  const path: IntroductionStatus[] =
    status === 'suggested' ? ['suggested']
    : status === 'introduced' ? ['suggested', 'introduced']
    : status === 'meeting_held' ? ['suggested', 'introduced', 'meeting_held']
    : status === 'collaborating' ? ['suggested', 'introduced', 'meeting_held', 'collaborating']
    : status === 'declined' ? (prng.chance(0.5) ? ['suggested', 'introduced', 'declined'] : ['suggested', 'introduced', 'meeting_held', 'declined'])
    : ['suggested', 'introduced', 'lapsed'];
  // open statuses are recent; settled ones may be years old
  const open = status === 'suggested' || status === 'introduced' || status === 'meeting_held';
  let at = open ? randomDate(prng, addDays(DEMO_REFERENCE_DATE, -150), addDays(DEMO_REFERENCE_DATE, -100)) : randomDate(prng, '2018-01-01', addDays(DEMO_REFERENCE_DATE, -400));
  const events: IntroductionEvent[] = [];
  for (const step of path) {
    if (events.length > 0) at = addDays(at, step === 'lapsed' ? prng.int(180, 240) : prng.int(7, 30));
    events.push({ status: step, at, byId: brokerId, note: step === 'suggested' ? 'Suggested by the coordinator after a network meeting.' : null });
  }
  return events;
}

function commonNeighbour(ctx: DemoContext, a: string, b: string): string | null {
  for (const candidate of ctx.orgs) {
    if (candidate.id === a || candidate.id === b) continue;
    if (ctx.tiePairs.has(pairKey(candidate.id, a)) && ctx.tiePairs.has(pairKey(candidate.id, b))) return candidate.id;
  }
  return null;
}
