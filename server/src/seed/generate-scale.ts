/**
 * A large synthetic network for benchmarks: the real reference bodies plus N generated local
 * organisations spread over the 22 local authorities, with about 5 ties per organisation.
 * Community structure comes from locality (most ties stay in the authority) and sector (half of
 * those stay in the sector). Built with typed arrays and a numeric pair set: no O(n^2) steps.
 */

import type { Body, Collaboration, NetworkDataset, Organisation, Person, Seat, Tie, TieKind, TieSource } from '../domain/model.ts';
import { TIE_KINDS, TIE_SOURCES } from '../domain/model.ts';
import { Prng } from './prng.ts';
import { addDays, fromDayNumber, toDayNumber } from './dates.ts';
import { LOCAL_AUTHORITIES, areaIdOf, buildAreas, councilIdOf } from './reference/areas.ts';
import { SECTORS } from './reference/sectors.ts';
import { FUSION_THEME_IDS, THEMES } from './reference/themes.ts';
import { buildReferenceOrganisations, cvcFor, statutoryOrgIdsFor } from './reference/organisations.ts';
import { LOCAL_ORG_TEMPLATES } from './local-organisation-templates.ts';
import { inventPersonName } from './invented-names.ts';

const TIES_PER_ORG = 5;
const SCALE_REFERENCE_DATE = '2026-11-01';
const SUB_GROUPS = ['Engagement sub-group', 'Needs analysis', 'Communities', 'Children and young people', 'Health and social care', 'Poverty'];

export function generateScaleNetwork(organisations: number, seed = 1): NetworkDataset {
  if (!Number.isInteger(organisations) || organisations < 0) throw new Error('organisations must be a non-negative whole number');
  const prng = new Prng(seed);
  const orgs = buildReferenceOrganisations();
  const referenceCount = orgs.length;
  const laCount = LOCAL_AUTHORITIES.length;

  // --- generated organisations: authority by weight, template by weight ---
  const laOf = new Int32Array(referenceCount + organisations);
  const sectorIndex = new Map(SECTORS.map((s, i) => [s.id, i]));
  const sectorOf = new Int32Array(referenceCount + organisations);
  const laCumulative = cumulative(LOCAL_AUTHORITIES.map((la) => la.weight));
  const templateCumulative = cumulative(LOCAL_ORG_TEMPLATES.map((t) => t.weight));
  const perLaCounter = new Int32Array(laCount);
  for (let i = 0; i < referenceCount; i++) {
    const org = orgs[i] as Organisation;
    const slug = org.areaIds[0]?.replace('area-', '') ?? '';
    laOf[i] = LOCAL_AUTHORITIES.findIndex((la) => la.slug === slug); // -1 for all-Wales bodies
    sectorOf[i] = sectorIndex.get(org.sectorId) ?? 0;
  }
  for (let n = 0; n < organisations; n++) {
    const i = referenceCount + n;
    const la = pickCumulative(prng, laCumulative);
    const laRef = LOCAL_AUTHORITIES[la] as (typeof LOCAL_AUTHORITIES)[number];
    const template = LOCAL_ORG_TEMPLATES[pickCumulative(prng, templateCumulative)] as (typeof LOCAL_ORG_TEMPLATES)[number];
    const [place] = laRef.places[prng.int(0, laRef.places.length - 1)] as readonly [string, string];
    const number = ++perLaCounter[la]!;
    laOf[i] = la;
    sectorOf[i] = sectorIndex.get(template.sectorId) ?? 0;
    orgs.push({
      id: `org-${laRef.slug}-${number}`,
      name: `${template.name(place)} ${number}`,
      kind: template.kind,
      sectorId: template.sectorId,
      size: template.sizes[0]?.[0] ?? 'small',
      areaIds: [areaIdOf(laRef.slug)],
      themeIds: [template.themePool[prng.int(0, template.themePool.length - 1)] as string],
    });
  }
  const total = orgs.length;

  // --- buckets: organisations by authority, and by (authority, sector) ---
  const sectorCount = SECTORS.length;
  const byLa = bucket(total, laCount, (i) => laOf[i] ?? -1);
  const byLaSector = bucket(total, laCount * sectorCount, (i) => ((laOf[i] ?? -1) < 0 ? -1 : (laOf[i] as number) * sectorCount + (sectorOf[i] as number)));
  const orgIndex = new Map<string, number>();
  for (let i = 0; i < total; i++) orgIndex.set((orgs[i] as Organisation).id, i);

  // --- ties ---
  const ties: Tie[] = [];
  const pairs = new Set<number>();
  const dayFrom = toDayNumber('2015-01-01');
  const dayTo = toDayNumber(addDays(SCALE_REFERENCE_DATE, -20));
  const dateCache: string[] = [];
  const dateOf = (day: number) => (dateCache[day - dayFrom] ??= fromDayNumber(day));
  const addTie = (a: number, b: number): void => {
    if (a === b) return;
    const key = a < b ? a * total + b : b * total + a;
    if (pairs.has(key)) return;
    pairs.add(key);
    const sinceDay = prng.int(dayFrom, dayTo);
    const ends = prng.next() < 0.1;
    ties.push({
      id: `tie-${ties.length + 1}`,
      sourceId: (orgs[a] as Organisation).id,
      targetId: (orgs[b] as Organisation).id,
      kind: TIE_KINDS[prng.int(0, TIE_KINDS.length - 1)] as TieKind,
      source: TIE_SOURCES[prng.int(0, TIE_SOURCES.length - 1)] as TieSource,
      trust: prng.int(1, 4),
      value: prng.int(1, 4),
      since: dateOf(sinceDay),
      until: ends ? dateOf(Math.min(dayTo, sinceDay + prng.int(120, 1500))) : null,
    });
  };
  const hubIndex = LOCAL_AUTHORITIES.map((la) => [orgIndex.get(cvcFor(la.slug).id) ?? 0, orgIndex.get(councilIdOf(la.slug)) ?? 0] as const);
  for (let i = referenceCount; i < total; i++) {
    const la = laOf[i] as number;
    const local = byLa[la] as Int32Array;
    const sameSector = byLaSector[la * sectorCount + (sectorOf[i] as number)] as Int32Array;
    const [cvc, council] = hubIndex[la] as readonly [number, number];
    if (prng.next() < 0.3) addTie(cvc, i);
    if (prng.next() < 0.15) addTie(council, i);
    const own = prng.next() < 0.55 ? TIES_PER_ORG : TIES_PER_ORG - 1;
    for (let k = 0; k < own; k++) {
      const r = prng.next();
      if (r < 0.5 && sameSector.length > 1) addTie(i, sameSector[prng.int(0, sameSector.length - 1)] as number);
      else if (r < 0.92) addTie(i, local[prng.int(0, local.length - 1)] as number);
      else addTie(i, prng.int(0, total - 1));
    }
  }

  // --- people: staff for reference bodies in each authority, and one per ~5 generated organisations ---
  const people: Person[] = [];
  const staffByOrg = new Map<string, string[]>();
  const addPerson = (org: Organisation, role: string): string => {
    const list = staffByOrg.get(org.id) ?? [];
    const id = `person-${org.id.slice(4)}-${list.length + 1}`;
    list.push(id);
    staffByOrg.set(org.id, list);
    people.push({ id, name: inventPersonName(prng), email: `${id.slice(7)}@${org.id.slice(4)}.example`, role, organisationId: org.id });
    return id;
  };
  for (let i = 0; i < referenceCount; i++) {
    const org = orgs[i] as Organisation;
    for (let k = 0; k < Math.min(8, 2 + org.areaIds.length); k++) addPerson(org, k === 0 ? 'Chief Executive' : 'Partnership Officer');
  }
  for (let i = referenceCount; i < total; i += 5) addPerson(orgs[i] as Organisation, 'Coordinator');

  // --- bodies and seats: a PSB per authority with sub-groups, and a Third Sector Forum ---
  const bodies: Body[] = [];
  const seats: Seat[] = [];
  for (let la = 0; la < laCount; la++) {
    const ref = LOCAL_AUTHORITIES[la] as (typeof LOCAL_AUTHORITIES)[number];
    const area = areaIdOf(ref.slug);
    const psb = `body-psb-${ref.slug}`;
    const holdersFrom = (orgId: string) => staffByOrg.get(orgId) ?? [];
    const localStaff = (byLa[la] as Int32Array).length > 0 ? Array.from(byLa[la] as Int32Array).flatMap((i) => holdersFrom((orgs[i] as Organisation).id)) : [];
    const members = [...statutoryOrgIdsFor(ref.slug), cvcFor(ref.slug).id];
    const bodyIds = [psb, ...SUB_GROUPS.map((_, k) => `${psb}-${k + 1}`), `body-forum-${ref.slug}-third-sector-forum`];
    bodyIds.forEach((id, k) => {
      const name = k === 0 ? `${ref.name} Public Services Board` : k <= SUB_GROUPS.length ? `${ref.name} PSB ${SUB_GROUPS[k - 1]}` : `${ref.name} Third Sector Forum`;
      const type = k === 0 ? 'psb' : k <= SUB_GROUPS.length ? 'sub_group' : 'forum';
      bodies.push({ id, name, type, status: 'active', validFrom: '2016-04-01', parentId: type === 'sub_group' ? psb : null, ownerId: councilIdOf(ref.slug), areaIds: [area], themeIds: [], coordinatorIds: [] });
      members.forEach((orgId, m) => {
        const third = orgId === cvcFor(ref.slug).id;
        const pool = third && localStaff.length > 0 && prng.next() < 0.5 ? localStaff : holdersFrom(orgId);
        const holder = pool.length > 0 && prng.next() > 0.08 ? pool[prng.int(0, pool.length - 1)] : undefined;
        seats.push({
          id: `seat-${id.slice(5)}-${m + 1}`, bodyId: id, seatType: third ? 'third_sector_representative' : m === 0 ? 'chair' : 'statutory_member',
          onBehalfOfId: orgId, since: '2016-04-01', holders: holder ? [{ personId: holder, since: '2016-04-01' }] : [],
        });
      });
    });
  }

  // --- collaborations: one per ~50 organisations, partners from one authority ---
  const collaborations: Collaboration[] = [];
  for (let c = 0; c < Math.floor(organisations / 50); c++) {
    const la = pickCumulative(prng, laCumulative);
    const local = byLa[la] as Int32Array;
    const partners = new Set<string>();
    for (let k = prng.int(2, 5); k > 0; k--) partners.add((orgs[local[prng.int(0, local.length - 1)] as number] as Organisation).id);
    if (partners.size < 2) continue;
    const since = fromDayNumber(prng.int(dayFrom, dayTo));
    collaborations.push({
      id: `collab-${c + 1}`, name: `Collaboration ${c + 1}`, partnerIds: [...partners], areaIds: [areaIdOf((LOCAL_AUTHORITIES[la] as (typeof LOCAL_AUTHORITIES)[number]).slug)],
      themeIds: [FUSION_THEME_IDS[prng.int(0, FUSION_THEME_IDS.length - 1)] as string], since,
    });
  }

  return {
    areas: buildAreas(),
    sectors: SECTORS.map((s) => ({ ...s })),
    themes: THEMES.map((t) => ({ ...t })),
    organisations: orgs,
    people,
    bodies,
    memberships: [],
    seats,
    reportBacks: [],
    collaborations,
    ties,
    introductions: [],
  };
}

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}

function pickCumulative(prng: Prng, table: Float64Array): number {
  const r = prng.next();
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r < (table[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** groups indices 0..n-1 by key into typed arrays (keys < 0 are left out) */
function bucket(n: number, keys: number, keyOf: (i: number) => number): Int32Array[] {
  const counts = new Int32Array(keys);
  for (let i = 0; i < n; i++) {
    const k = keyOf(i);
    if (k >= 0) counts[k]!++;
  }
  const buckets = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(keys);
  for (let i = 0; i < n; i++) {
    const k = keyOf(i);
    if (k >= 0) (buckets[k] as Int32Array)[fill[k]!++] = i;
  }
  return buckets;
}
