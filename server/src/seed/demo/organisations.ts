/** Reference bodies plus invented-but-believable local organisations in every local authority. */

import type { Organisation } from '../../domain/model.ts';
import { LOCAL_AUTHORITIES, areaIdOf, type LocalAuthorityRef } from '../reference/areas.ts';
import { NAMED_BODIES, buildReferenceOrganisations } from '../reference/organisations.ts';
import { CORE_TEMPLATE_KEYS, LOCAL_ORG_TEMPLATES, templateByKey, type LocalOrgTemplate } from '../local-organisation-templates.ts';
import { addDays, randomDate } from '../dates.ts';
import { addOrganisation, type DemoContext } from './context.ts';
import {
  ARTICULATION_CLUSTER_SIZE, DEMO_PLANTED_GAPS, DEMO_REFERENCE_DATE, POWYS_NORTH_LAST_INDEX, localOrgCount,
} from './planted-gaps.ts';

/** small groups that make up the St Davids cluster hanging off PAVS */
const CLUSTER_TEMPLATES = ['community-centre', 'choir', 'history-society', 'community-garden', 'youth-club', 'tenants'];

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function buildOrganisations(ctx: DemoContext): void {
  for (const org of buildReferenceOrganisations()) addOrganisation(ctx, org);
  for (const la of LOCAL_AUTHORITIES) ctx.localOrgIdsByLa.set(la.slug, []);
  // named local bodies (Storiel, Tai Tarian...) count as local organisations of their authority
  for (const body of NAMED_BODIES) {
    for (const slug of body.laSlugs) ctx.localOrgIdsByLa.get(slug)?.push(body.id);
  }
  const usedNames = new Set(ctx.orgs.map((o) => o.name));
  const usedCharityNumbers = new Set<string>();
  for (const la of LOCAL_AUTHORITIES) inventLocalOrganisations(ctx, la, usedNames, usedCharityNumbers);
}

function inventLocalOrganisations(ctx: DemoContext, la: LocalAuthorityRef, usedNames: Set<string>, usedCharityNumbers: Set<string>): void {
  const { prng } = ctx;
  const count = localOrgCount(la.weight);
  const templateKeys = prng.shuffle(CORE_TEMPLATE_KEYS);
  const isolates = new Set<string>(DEMO_PLANTED_GAPS.isolates);
  const singleTie = new Set<string>(DEMO_PLANTED_GAPS.singleTieOrgs);
  for (let n = 1; n <= count; n++) {
    const id = `org-${la.slug}-${n}`;
    let template: LocalOrgTemplate;
    let places = la.places;
    if (la.slug === 'pembrokeshire' && n <= ARTICULATION_CLUSTER_SIZE) {
      template = templateByKey(CLUSTER_TEMPLATES[n - 1] ?? 'community-centre');
      places = la.places.filter(([en]) => en === 'St Davids');
    } else {
      const key = templateKeys[n - 1];
      template = key ? templateByKey(key) : prng.weighted(LOCAL_ORG_TEMPLATES.map((t) => [t, t.weight] as const));
      if (la.slug === 'powys') places = n <= POWYS_NORTH_LAST_INDEX ? la.places.slice(0, 4) : la.places.slice(4);
    }
    const [place, placeCy] = pickUnusedPlace(ctx, template, places, usedNames);
    const name = uniqueName(template.name(place), la, usedNames);
    const themeIds = pickThemes(ctx, template, la);
    const org: Organisation = {
      id,
      name,
      nameCy: template.nameCy ? template.nameCy(placeCy) : null,
      kind: template.kind,
      sectorId: template.sectorId,
      size: prng.weighted(template.sizes),
      charityNumber: template.charity && prng.chance(0.75) ? inventCharityNumber(ctx, usedCharityNumbers) : null,
      website: prng.chance(0.5) ? `https://www.${slugify(name)}.example` : null,
      areaIds: [areaIdOf(la.slug)],
      themeIds,
      attributes: { template: template.key, place },
    };
    // planted newcomers: isolates joined this year, single-tie organisations last year
    if (isolates.has(id)) org.since = randomDate(prng, '2026-03-01', addDays(DEMO_REFERENCE_DATE, -60));
    if (singleTie.has(id)) org.since = randomDate(prng, '2025-01-01', '2025-09-30');
    addOrganisation(ctx, org);
    ctx.localOrgIdsByLa.get(la.slug)?.push(id);
  }
}

function pickUnusedPlace(
  ctx: DemoContext,
  template: LocalOrgTemplate,
  places: readonly (readonly [string, string])[],
  usedNames: Set<string>,
): readonly [string, string] {
  const free = places.filter(([en]) => !usedNames.has(template.name(en)));
  return ctx.prng.pick(free.length > 0 ? free : places);
}

function uniqueName(name: string, la: LocalAuthorityRef, usedNames: Set<string>): string {
  let candidate = usedNames.has(name) ? `${name} (${la.name})` : name;
  for (let i = 2; usedNames.has(candidate); i++) candidate = `${name} ${i}`;
  usedNames.add(candidate);
  return candidate;
}

function pickThemes(ctx: DemoContext, template: LocalOrgTemplate, la: LocalAuthorityRef): string[] {
  const missing = DEMO_PLANTED_GAPS.missingAreaTheme;
  const pool = template.themePool.filter((t) => !(areaIdOf(la.slug) === missing.areaId && t === missing.themeId));
  return ctx.prng.sample(pool, ctx.prng.int(1, Math.min(3, pool.length)));
}

/** 7 digits starting with 9: outside the range the Charity Commission has issued, so clearly invented */
function inventCharityNumber(ctx: DemoContext, used: Set<string>): string {
  for (;;) {
    const candidate = `9${String(ctx.prng.int(0, 999_999)).padStart(6, '0')}`;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}
