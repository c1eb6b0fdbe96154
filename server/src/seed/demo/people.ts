/** Invented people: staff of every organisation, with job titles and emails at invented .example domains. */

import type { Organisation, Person } from '../../domain/model.ts';
import { LOCAL_AUTHORITIES, councilIdOf, type LocalAuthorityRef } from '../reference/areas.ts';
import { CVCS, FIRE_AND_RESCUE_SERVICES, HEALTH_BOARDS, POLICE_FORCES } from '../reference/organisations.ts';
import { FUSION_AREAS } from '../reference/fusion.ts';
import { templateByKey } from '../local-organisation-templates.ts';
import { emailLocalPart, inventPersonName } from '../invented-names.ts';
import { randomDate } from '../dates.ts';
import type { DemoContext } from './context.ts';
import { orgOrThrow } from './context.ts';
import { DEMO_PLANTED_GAPS } from './planted-gaps.ts';

/** areas where most staff are Welsh speakers: invented names lean Welsh there */
const WELSH_LEANING = new Set(['gwynedd', 'isle-of-anglesey', 'ceredigion', 'carmarthenshire', 'conwy']);

export const REGION_NAMES = ['North Wales', 'Mid Wales', 'South West Wales', 'South East Wales'] as const;

/**
 * Whether a person's post covers a local authority: roles like "Locality Manager (Cardiff)" or
 * "Place Team Leader (South East Wales)" are tied to a place; roles without a place cover everywhere.
 */
export function roleCoversAuthority(role: string, laName: string, regionName: string): boolean {
  const place = /\(([^)]+)\)\s*$/.exec(role)?.[1];
  if (!place || place === 'Gwent') return true;
  return place === laName || place === regionName;
}

export function fusionCoordinatorId(fusionBodyId: string): string {
  return `person-fusion-coordinator-${fusionBodyId.replace('body-fusion-', '')}`;
}

export function buildPeople(ctx: DemoContext): void {
  const usedEmails = new Set<string>();
  const laName = (slug: string) => LOCAL_AUTHORITIES.find((la) => la.slug === slug)?.name ?? slug;
  const add = (org: Organisation, role: string, id?: string) => addPerson(ctx, org, role, usedEmails, id);

  for (const la of LOCAL_AUTHORITIES) {
    const council = orgOrThrow(ctx, councilIdOf(la.slug));
    for (const role of councilRoles(ctx, la)) add(council, role);
  }
  for (const cvc of CVCS) {
    const org = orgOrThrow(ctx, cvc.id);
    if (cvc.id === 'org-gavo') {
      // the planted single point of failure comes first so its id is stable
      add(org, 'Third Sector Representation Officer (Gwent)', DEMO_PLANTED_GAPS.personWithManySeats);
      add(org, 'Chief Executive');
      for (const slug of cvc.laSlugs) add(org, `Development Officer (${laName(slug)})`);
      continue;
    }
    const roles = ['Chief Executive', 'Development Officer', 'Partnership Manager', 'Third Sector Representation Officer', 'Volunteering Officer'];
    for (const role of roles.slice(0, ctx.prng.int(3, 5))) add(org, role);
  }
  for (const hb of HEALTH_BOARDS) {
    const org = orgOrThrow(ctx, hb.id);
    add(org, 'Director of Public Health');
    add(org, 'Head of Partnerships');
    for (const slug of hb.laSlugs) {
      add(org, `Locality Manager (${laName(slug)})`);
      add(org, `Public Health Practitioner (${laName(slug)})`);
    }
  }
  for (const force of POLICE_FORCES) {
    const org = orgOrThrow(ctx, force.id);
    add(org, 'Superintendent, Partnerships');
    for (const slug of force.laSlugs) {
      add(org, `Local Policing Inspector (${laName(slug)})`);
      add(org, `Partnership Sergeant (${laName(slug)})`);
    }
  }
  for (const service of FIRE_AND_RESCUE_SERVICES) {
    const org = orgOrThrow(ctx, service.id);
    for (const slug of service.laSlugs) add(org, `Station Manager, Community Safety (${laName(slug)})`);
  }
  for (const area of FUSION_AREAS) {
    add(orgOrThrow(ctx, area.leadOrgId), `Fusion Coordinator (${area.name.replace('Fusion ', '')})`, fusionCoordinatorId(area.bodyId));
  }
  add(orgOrThrow(ctx, 'org-welsh-government'), 'Fusion Programme Manager');
  add(orgOrThrow(ctx, 'org-welsh-government'), 'Culture Policy Officer');
  add(orgOrThrow(ctx, 'org-wcva'), 'Head of Networks');
  add(orgOrThrow(ctx, 'org-wcva'), 'Policy Officer');
  for (const region of REGION_NAMES) {
    add(orgOrThrow(ctx, 'org-natural-resources-wales'), `Place Team Leader (${region})`);
    add(orgOrThrow(ctx, 'org-natural-resources-wales'), `Senior Officer, Place (${region})`);
    add(orgOrThrow(ctx, 'org-natural-resources-wales'), `Well-being Planning Officer (${region})`);
    add(orgOrThrow(ctx, 'org-welsh-government'), `Partnership Adviser (${region})`);
  }
  for (const la of LOCAL_AUTHORITIES) add(orgOrThrow(ctx, 'org-public-health-wales'), `Public Health Team Lead (${la.name})`);
  const nationalRoles = ['Partnerships Officer', 'Learning Manager', 'Community Engagement Officer'];
  for (const org of ctx.orgs) {
    if (ctx.peopleByOrg.has(org.id)) continue;
    const template = org.attributes?.template;
    const roles = template ? templateByKey(template).roles : nationalRoles;
    const count = template ? ctx.prng.int(1, Math.min(2, roles.length)) : ctx.prng.int(1, 2);
    for (const role of ctx.prng.sample(roles, count)) add(org, role);
  }
}

function councilRoles(ctx: DemoContext, la: LocalAuthorityRef): string[] {
  const optional = ['Flying Start Manager', 'Culture and Heritage Manager', 'Education Engagement Officer', 'Housing Strategy Officer'];
  return [
    'Chief Executive',
    'Head of Partnerships and Policy',
    'Community Safety Manager',
    `Well-being Planning Officer (${la.name})`,
    ...ctx.prng.sample(optional, ctx.prng.int(1, 2)),
  ];
}

function addPerson(ctx: DemoContext, org: Organisation, role: string, usedEmails: Set<string>, id?: string): Person {
  const { prng } = ctx;
  const orgPeople = ctx.peopleByOrg.get(org.id) ?? [];
  const laSlug = org.areaIds[0]?.replace('area-', '') ?? '';
  const name = inventPersonName(prng, WELSH_LEANING.has(laSlug) ? 0.7 : 0.35);
  const domain = `${org.id.replace(/^org-/, '')}.example`;
  let email = `${emailLocalPart(name)}@${domain}`;
  for (let i = 2; usedEmails.has(email); i++) email = `${emailLocalPart(name)}${i}@${domain}`;
  usedEmails.add(email);
  const person: Person = {
    id: id ?? `person-${org.id.replace(/^org-/, '')}-${orgPeople.length + 1}`,
    name,
    email,
    role,
    organisationId: org.id,
    since: randomDate(prng, org.since && org.since > '2008-01-01' ? org.since : '2008-01-01', org.since && org.since > '2024-06-01' ? org.since : '2024-06-01'),
    until: null,
  };
  orgPeople.push(person);
  ctx.peopleByOrg.set(org.id, orgPeople);
  ctx.people.push(person);
  return person;
}
