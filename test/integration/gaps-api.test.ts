import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { DEMO_PLANTED_GAPS as P } from '../../server/src/seed/demo/planted-gaps.ts';
import { generateDemoNetwork } from '../../server/src/seed/generate-demo.ts';
import { clearGapCache } from '../../server/src/services/gaps.ts';
import { seedDatabase } from '../../server/src/services/seeding.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';

let db: Database;
let gql: ReturnType<typeof graphqlClient>;

interface GapOut {
  id: string;
  type: string;
  family: string;
  severity: string;
  entities: { label: string; key: string; name: string; nameCy: string | null; role: string; nameHidden: boolean }[];
  explanation: { en: string; cy: string };
  cutOffSize: number | null;
  bridgingOrganisations: { key: string }[];
}

const Q = `query($areaKey: String, $asOf: Date, $types: [GapType!], $families: [GapFamily!]) {
  gaps(areaKey: $areaKey, asOf: $asOf, types: $types, families: $families) {
    asOf areaKey counts { type count }
    gaps { id type family severity entities { label key name nameCy role nameHidden } explanation { en cy } rule { id threshold } cutOffSize measure bridgingOrganisations { key name tiesToA tiesToB } }
  }
}`;

let wales: GapOut[];

beforeAll(async () => {
  db = testDatabase();
  gql = graphqlClient(db);
  await resetGraph(db);
  await seedDatabase(db, generateDemoNetwork(), { reset: false, actor: 'test' });
  clearGapCache();
  const result = await gql(Q, { asOf: P.referenceDate });
  expect(result.errors).toBeUndefined();
  wales = result.data!.gaps.gaps;
});
afterAll(async () => db.close());

const find = (type: string, key: string) => wales.filter((g) => g.type === type && g.entities.some((e) => e.key === key));

describe('gaps: every planted gap of the demo network is reported (all Wales)', () => {
  it('representation', () => {
    for (const body of P.subGroupsWithoutThirdSectorSeat) expect(find('body_without_third_sector_seat', body), body).toHaveLength(1);
    for (const seat of P.vacantSeats) expect(find('vacant_seat', seat), seat).toHaveLength(1);
    for (const body of P.thirdSectorSeatsOnlyCvcStaff) expect(find('third_sector_seats_only_cvc_staff', body), body).toHaveLength(1);
    for (const seat of P.seatsWithoutRecentReportBack) expect(find('no_recent_report_back', seat), seat).toHaveLength(1);
    const [many] = find('person_with_many_seats', P.personWithManySeats);
    expect(many?.severity).toBe('high');
    expect(many?.entities.filter((e) => e.label === 'Seat').length).toBeGreaterThanOrEqual(P.personWithManySeatsMinimum);
  });

  it('composition', () => {
    const [pair] = wales.filter((g) => g.id === `sector_pair_without_tie:${P.areaWithoutHealthHeritageTie}+sector-heritage-museums+sector-health`);
    expect(pair?.entities.slice(0, 3).map((e) => e.key)).toEqual([P.areaWithoutHealthHeritageTie, 'sector-heritage-museums', 'sector-health']);
    const theme = wales.filter((g) => g.type === 'area_theme_without_partner').map((g) => g.entities.map((e) => e.key));
    expect(theme).toContainEqual([P.missingAreaTheme.areaId, P.missingAreaTheme.themeId]);
    const missing = find('partnership_missing_sector', P.partnershipMissingSector.bodyId);
    expect(missing.map((g) => g.entities[1]?.key)).toContain(P.partnershipMissingSector.sectorId);
    expect(missing[0]?.explanation.cy.length).toBeGreaterThan(20);
  });

  it('structure', () => {
    const [ap] = wales.filter((g) => g.type === 'articulation_point' && g.entities[0]?.key === P.articulationPointOrg);
    expect(ap?.cutOffSize).toBe(P.articulationDependentOrgs.length);
    expect(ap?.entities.filter((e) => e.role === 'cut_off').map((e) => e.key).sort()).toEqual([...P.articulationDependentOrgs].sort());
    for (const id of P.isolates) expect(find('isolate', id), id).toHaveLength(1);
    for (const id of P.singleTieOrgs) expect(find('single_tie', id).length, id).toBeGreaterThanOrEqual(1);
  });

  it('structural hole in Powys, with bridging organisations, for the local authority alone', async () => {
    const result = await gql(Q, { areaKey: P.structuralHoleArea, asOf: P.referenceDate, families: ['structure'] });
    const holes: GapOut[] = result.data!.gaps.gaps.filter((g: GapOut) => g.type === 'structural_hole');
    const b = new Set<string>(P.structuralHoleCommunityB);
    const hole = holes.find((h) => h.entities.filter((e) => e.role === 'community_a').every((e) => b.has(e.key)));
    expect(hole, JSON.stringify(holes.map((h) => h.explanation.en))).toBeDefined();
    expect(hole!.bridgingOrganisations.length).toBeGreaterThan(0);
    expect(result.data!.gaps.counts.every((c: { type: string }) => ['structural_hole', 'high_constraint', 'isolate', 'single_tie', 'articulation_point'].includes(c.type))).toBe(true);
  });

  it('filters by type and reports a clear error for an unknown area', async () => {
    const only = await gql(Q, { areaKey: 'area-cardiff', asOf: P.referenceDate, types: ['vacant_seat'] });
    expect(only.data!.gaps.gaps.every((g: GapOut) => g.type === 'vacant_seat')).toBe(true);
    expect(only.data!.gaps.gaps.map((g: GapOut) => g.entities[0]!.key)).toContain('seat-forum-cardiff-third-sector-forum-ts2');
    const bad = await gql(Q, { areaKey: 'area-nowhere' });
    expect(bad.errors?.[0]?.message).toMatch(/area-nowhere/);
  });

  it('gives each organisation and body its Welsh name as the data holds it', async () => {
    const demo = generateDemoNetwork();
    const welsh = new Map<string, string | null>([...demo.organisations, ...demo.bodies].map((x) => [x.id, x.nameCy ?? null]));
    const named = wales.flatMap((g) => g.entities).filter((e) => e.label === 'Organisation' || e.label === 'Body');
    expect(named.length).toBeGreaterThan(0);
    expect(named.some((e) => e.nameCy)).toBe(true);
    for (const e of named) expect(e.nameCy, e.key).toBe(welsh.get(e.key) ?? null);
  });

  it('gives a list view the first entities of each gap and how many there are', async () => {
    const listed = await gql(`query($asOf: Date, $first: Int) { gaps(asOf: $asOf) { gaps { id entityCount entities(first: $first) { key role } } } }`, { asOf: P.referenceDate, first: 2 });
    expect(listed.errors).toBeUndefined();
    const byId = new Map(wales.map((g) => [g.id, g]));
    for (const g of listed.data!.gaps.gaps as { id: string; entityCount: number; entities: { key: string; role: string }[] }[]) {
      const full = byId.get(g.id)!;
      expect(g.entityCount).toBe(full.entities.length);
      expect(g.entities).toEqual(full.entities.slice(0, 2).map((e) => ({ key: e.key, role: e.role })));
    }
    const bad = await gql(`query { gaps { gaps { entities(first: -1) { key } } } }`);
    expect(bad.errors?.[0]?.message).toBe('Invalid first: must be 0 or more');
  });

  it("names people only to readers who may see them: others read 'a representative'", async () => {
    const personal = wales.filter((g) => g.entities.some((e) => e.label === 'Person'));
    expect(personal.length).toBeGreaterThan(0);
    const names = new Set(personal.flatMap((g) => g.entities.filter((e) => e.label === 'Person').map((e) => e.name)));
    expect([...names].every((n) => n !== 'Person')).toBe(true);
    expect(wales.flatMap((g) => g.entities).every((e) => !e.nameHidden)).toBe(true);
    for (const as of ['anonymous', 'viewer', 'evaluator'] as const) {
      const result = await graphqlClient(db, { as })(Q, { asOf: P.referenceDate });
      const gaps: GapOut[] = result.data!.gaps.gaps;
      expect(gaps.map((g) => g.id), as).toEqual(wales.map((g) => g.id));
      const text = JSON.stringify(gaps);
      for (const name of names) expect(text, `${as} must not read ${name}`).not.toContain(name);
      const people = gaps.flatMap((g) => g.entities.filter((e) => e.label === 'Person'));
      expect(people.every((e) => e.nameHidden && e.name === 'Person')).toBe(true);
      expect(gaps.flatMap((g) => g.entities.filter((e) => e.label !== 'Person')).every((e) => !e.nameHidden)).toBe(true);
      const many = gaps.find((g) => g.type === 'person_with_many_seats')!;
      expect(many.explanation.en).toMatch(/^A representative holds \d+ seats/);
      expect(many.explanation.cy).toMatch(/^Mae cynrychiolydd yn dal \d+ sedd/);
    }
  });
});
