import { describe, expect, it } from 'vitest';
import { findGaps, type GapInput, type GapType } from './index.ts';

/** A hand-made area: two small groups of organisations, a body with seats, a partnership. */
function base(): GapInput {
  const org = (id: string, sectorId: string, extra: Partial<GapInput['organisations'][number]> = {}) => ({
    id, name: id, sectorId, kind: 'tso', areaIds: ['la-1'], themeIds: ['t1'], represented: true, ...extra,
  });
  const orgs = [
    org('cvc', 'third', { kind: 'cvc' }), org('a1', 'health'), org('a2', 'heritage'), org('a3', 'health'), org('a4', 'housing'),
    org('b1', 'third'), org('b2', 'third'), org('b3', 'third'), org('b4', 'third'),
  ];
  // a1..a4 + cvc form a ring with chords (no cut points); b1..b4 a ring hanging off cvc by two ties
  const ties = [
    ['cvc', 'a1'], ['a1', 'a2'], ['a2', 'a3'], ['a3', 'a4'], ['a4', 'cvc'], ['a1', 'a3'], ['cvc', 'a2'],
    ['b1', 'b2'], ['b2', 'b3'], ['b3', 'b4'], ['b4', 'b1'], ['b1', 'b3'], ['cvc', 'b1'], ['a4', 'b2'],
  ].map(([source, target]) => ({ source: source!, target: target! }));
  const holder = (personId: string, kind = 'tso', since = '2024-01-01') => ({ personId, name: personId, organisationKind: kind, since, totalSeats: 1 });
  return {
    asOf: '2026-01-01',
    area: { id: 'la-1', name: 'Llan' },
    localAuthorities: [{ id: 'la-1', name: 'Llan', nameCy: 'Llan' }],
    sectors: ['third', 'health', 'heritage', 'housing'].map((id) => ({ id, name: id })),
    themes: [{ id: 't1', name: 'Theme one', code: 'T1', kind: 'fusion_indicator' }],
    organisations: orgs,
    ties,
    bodies: [
      { id: 'sub', name: 'Sub-group', type: 'sub_group', areaIds: ['la-1'], expectedSectorIds: [], memberIds: [] },
      { id: 'fusion', name: 'Fusion Llan', type: 'partnership', areaIds: ['la-1'], expectedSectorIds: ['health', 'heritage'], memberIds: ['a1', 'a2'] },
    ],
    seats: [
      { id: 's-ts', bodyId: 'sub', seatType: 'third_sector_representative', holder: holder('p-wider'), lastReportBack: '2025-11-01' },
      { id: 's-st', bodyId: 'sub', seatType: 'statutory_member', holder: holder('p-council', 'local_authority') },
    ],
    collaborations: [],
  };
}

// the hand-made rings are tight: a 4-clique has constraint 0.93, the baseline's densest node 0.72
const config = { highConstraint: 0.8 };
const types = (input: GapInput) => findGaps(input, { config }).gaps.map((g) => g.type);
const only = (input: GapInput, type: GapType) => findGaps(input, { types: [type], config }).gaps;

describe('the baseline network has no gaps', () => {
  it('reports nothing', () => {
    expect(types(base())).toEqual([]);
  });
});

describe('representation', () => {
  it('body without a third-sector seat', () => {
    const input = base();
    input.seats = input.seats.filter((s) => s.id !== 's-ts');
    const [gap] = only(input, 'body_without_third_sector_seat');
    expect(gap?.entities[0]).toMatchObject({ label: 'Body', key: 'sub' });
    expect(gap?.explanation.cy).toMatch(/trydydd sector/);
    expect(only(base(), 'body_without_third_sector_seat')).toEqual([]);
  });

  it('vacant seat', () => {
    const input = base();
    input.seats[1]!.holder = null;
    expect(only(input, 'vacant_seat').map((g) => g.entities[0]!.key)).toEqual(['s-st']);
    expect(only(base(), 'vacant_seat')).toEqual([]);
  });

  it('third-sector seats held only by CVC staff', () => {
    const input = base();
    input.seats[0]!.holder!.organisationKind = 'cvc';
    expect(only(input, 'third_sector_seats_only_cvc_staff')[0]?.entities[0]?.key).toBe('sub');
    expect(only(base(), 'third_sector_seats_only_cvc_staff')).toEqual([]);
  });

  it('no report-back within reportBackMonths', () => {
    const input = base();
    input.seats[0]!.lastReportBack = '2024-06-01';
    const [gap] = only(input, 'no_recent_report_back');
    expect(gap?.entities.map((e) => e.key)).toContain('p-wider');
    expect(gap?.rule.threshold).toBe(12);
    expect(only(base(), 'no_recent_report_back')).toEqual([]);
    // the threshold is configurable
    expect(findGaps(input, { types: ['no_recent_report_back'], config: { reportBackMonths: 24 } }).gaps).toEqual([]);
  });

  it('one person holding many seats', () => {
    const input = base();
    input.seats[0]!.holder!.totalSeats = 7;
    const [gap] = only(input, 'person_with_many_seats');
    expect(gap).toMatchObject({ measure: 7, entities: expect.arrayContaining([expect.objectContaining({ label: 'Person', key: 'p-wider' })]) });
    expect(only(base(), 'person_with_many_seats')).toEqual([]);
  });

  it('eligible organisations that sit on no forum', () => {
    const input = base();
    for (const o of input.organisations) if (o.id.startsWith('b')) o.represented = false;
    const [gap] = only(input, 'eligible_organisations_without_forum');
    expect(gap?.entities.filter((e) => e.role === 'unrepresented').map((e) => e.key).sort()).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(only(base(), 'eligible_organisations_without_forum')).toEqual([]);
  });
});

describe('composition', () => {
  it('partnership missing an expected sector', () => {
    const input = base();
    input.bodies[1]!.memberIds = ['a1'];
    const [gap] = only(input, 'partnership_missing_sector');
    expect(gap?.entities.map((e) => [e.label, e.key])).toEqual([['Body', 'fusion'], ['Sector', 'heritage']]);
    expect(only(base(), 'partnership_missing_sector')).toEqual([]);
  });

  it('sector pair with no tie in an area', () => {
    const input = base();
    const config = { sectorPairs: [['heritage', 'housing']] as [string, string][] };
    expect(findGaps(input, { config, types: ['sector_pair_without_tie'] }).gaps).toHaveLength(1);
    input.ties.push({ source: 'a2', target: 'a4' });
    expect(findGaps(input, { config, types: ['sector_pair_without_tie'] }).gaps).toEqual([]);
  });

  it('area x theme with no partner', () => {
    const input = base();
    input.themes.push({ id: 't2', name: 'Theme two', code: 'T2', kind: 'fusion_indicator' });
    const [gap] = only(input, 'area_theme_without_partner');
    expect(gap?.entities.map((e) => e.key)).toEqual(['la-1', 't2']);
    input.collaborations.push({ id: 'c', partnerIds: ['a1', 'b1'], themeIds: ['t2'], areaIds: ['la-1'] });
    expect(only(input, 'area_theme_without_partner')).toEqual([]);
  });
});

describe('structure', () => {
  it('structural hole: a group joined by one tie, with bridging organisations', () => {
    const input = base();
    input.ties = input.ties.filter((t) => !(t.source === 'a4' && t.target === 'b2'));
    const gaps = only(input, 'structural_hole');
    expect(gaps).toHaveLength(1); // the Louvain community and the bridge are the same hole, reported once
    const side = gaps[0]!.entities.filter((e) => e.role === 'community_a').map((e) => e.key).sort();
    expect([['b1', 'b2', 'b3', 'b4'], ['a1', 'a2', 'a3', 'a4', 'cvc']]).toContainEqual(side);
    expect(gaps[0]!.entities.find((e) => e.role === 'crossing_tie')?.key).toMatch(/cvc\|b1|b1\|cvc/);
    expect(gaps[0]!.bridgingOrganisations?.map((b) => b.key)).toEqual(expect.arrayContaining(['cvc', 'b1']));
    expect(only(base(), 'structural_hole')).toEqual([]);
  });

  it('articulation point with the size of the part cut off', () => {
    const input = base();
    input.ties = input.ties.filter((t) => !(t.source === 'a4' && t.target === 'b2'));
    const byKey = new Map(only(input, 'articulation_point').map((g) => [g.entities[0]!.key, g]));
    expect(byKey.get('cvc')).toMatchObject({ cutOffSize: 4, severity: 'medium' });
    expect(byKey.get('cvc')!.entities.filter((e) => e.role === 'cut_off').map((e) => e.key).sort()).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(byKey.get('b1')).toMatchObject({ cutOffSize: 3 }); // b2, b3, b4
    expect(only(base(), 'articulation_point')).toEqual([]);
  });

  it('high constraint: a closed circle', () => {
    const input = base();
    // b1..b4 become a clique: each has 3 partners who all work together
    input.ties.push({ source: 'b2', target: 'b4' });
    input.ties = input.ties.filter((t) => !['cvc', 'a4'].includes(t.source) || !t.target.startsWith('b'));
    input.ties.push({ source: 'b1', target: 'a1' });
    const keys = only(input, 'high_constraint').map((g) => g.entities[0]!.key);
    expect(keys).toEqual(expect.arrayContaining(['b2', 'b3', 'b4']));
    expect(only(base(), 'high_constraint')).toEqual([]);
  });

  it('isolates and single ties (counting ties outside the area)', () => {
    const input = base();
    input.organisations.push({ id: 'new', name: 'Newcomer', sectorId: 'third', areaIds: ['la-1'], themeIds: ['t1'], represented: true, totalDegree: 0 });
    input.organisations.push({ id: 'one', name: 'One tie', sectorId: 'third', areaIds: ['la-1'], themeIds: ['t1'], represented: true });
    input.ties.push({ source: 'one', target: 'cvc' });
    expect(only(input, 'isolate').map((g) => g.entities[0]!.key)).toEqual(['new']);
    expect(only(input, 'single_tie').map((g) => g.entities[0]!.key)).toEqual(['one']);
    input.organisations.find((o) => o.id === 'new')!.totalDegree = 2; // tied outside the area
    expect(only(input, 'isolate')).toEqual([]);
    expect(only(base(), 'isolate')).toEqual([]);
    expect(only(base(), 'single_tie')).toEqual([]);
  });
});

describe('filters and counts', () => {
  it('filters by family and counts by type', () => {
    const input = base();
    input.seats[1]!.holder = null;
    const report = findGaps(input, { families: ['representation'] });
    expect(report.counts.find((c) => c.type === 'vacant_seat')?.count).toBe(1);
    expect(report.counts.some((c) => c.type === 'isolate')).toBe(false);
  });
});
