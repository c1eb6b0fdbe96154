import { describe, expect, it } from 'vitest';
import type { NetworkDataset, Seat } from '../domain/model.ts';
import { TIE_KINDS, TIE_SOURCES } from '../domain/model.ts';
import { DEMO_PLANTED_GAPS, DEMO_REFERENCE_DATE, generateDemoNetwork } from './generate-demo.ts';
import { findIntegrityProblems } from './validate.ts';
import { addDays } from './dates.ts';
import { SECTOR_IDS } from './reference/sectors.ts';

const demo = generateDemoNetwork();
const other = generateDemoNetwork(7);
const gaps = DEMO_PLANTED_GAPS;

const isCurrent = (p: { until?: string | null }) => !p.until || p.until > DEMO_REFERENCE_DATE;
const currentHolder = (seat: Seat) => seat.holders.find(isCurrent);

function tiesOf(ds: NetworkDataset, orgId: string) {
  return ds.ties.filter((t) => t.sourceId === orgId || t.targetId === orgId);
}

describe('generateDemoNetwork: determinism', () => {
  it('gives a deep-equal dataset for the same seed', () => {
    expect(generateDemoNetwork()).toEqual(demo);
  });

  it('changes people and ties, not reference bodies, with another seed', () => {
    expect(other.people.map((p) => p.name)).not.toEqual(demo.people.map((p) => p.name));
    expect(other.ties.map((t) => `${t.sourceId}|${t.targetId}`)).not.toEqual(demo.ties.map((t) => `${t.sourceId}|${t.targetId}`));
    const reference = (ds: NetworkDataset) => ds.organisations.filter((o) => o.kind !== 'tso' && !/-\d+$/.test(o.id));
    expect(reference(other)).toEqual(reference(demo));
    expect(other.areas).toEqual(demo.areas);
  });
});

describe('generateDemoNetwork: contents', () => {
  it('meets the minimum counts', () => {
    expect(demo.organisations.length).toBeGreaterThanOrEqual(600);
    expect(new Set(demo.organisations.map((o) => o.sectorId)).size).toBeGreaterThanOrEqual(12);
    expect(demo.ties.length).toBeGreaterThanOrEqual(2000);
    expect(demo.collaborations.length).toBeGreaterThanOrEqual(60);
    expect(demo.introductions.length).toBeGreaterThanOrEqual(10);
    expect(demo.introductions.length).toBeLessThanOrEqual(20);
    const kinds = (k: string) => demo.organisations.filter((o) => o.kind === k).length;
    expect(kinds('local_authority')).toBe(22);
    expect(kinds('cvc')).toBe(19);
    expect(kinds('health_board')).toBe(7);
    expect(kinds('police')).toBe(4);
    expect(kinds('fire_and_rescue')).toBe(3);
    expect(demo.areas.filter((a) => a.level === 'local_authority')).toHaveLength(22);
    expect(demo.areas.filter((a) => a.level === 'region')).toHaveLength(4);
  });

  it('has GAVO covering four authorities and staff at every CVC', () => {
    const gavo = demo.organisations.find((o) => o.id === 'org-gavo');
    expect(gavo?.areaIds.sort()).toEqual(['area-blaenau-gwent', 'area-caerphilly', 'area-monmouthshire', 'area-newport']);
    for (const cvc of demo.organisations.filter((o) => o.kind === 'cvc')) {
      expect(demo.people.some((p) => p.organisationId === cvc.id)).toBe(true);
    }
  });

  it('has 22 PSBs with 4-8 sub-groups each, and 3-10 seats on every sub-group and forum', () => {
    const psbs = demo.bodies.filter((b) => b.type === 'psb');
    expect(psbs).toHaveLength(22);
    for (const psb of psbs) {
      const subGroups = demo.bodies.filter((b) => b.parentId === psb.id && b.type === 'sub_group');
      expect(subGroups.length).toBeGreaterThanOrEqual(4);
      expect(subGroups.length).toBeLessThanOrEqual(8);
    }
    for (const body of demo.bodies.filter((b) => b.type === 'forum' || b.type === 'sub_group')) {
      const seats = demo.seats.filter((s) => s.bodyId === body.id).length;
      expect(seats, body.id).toBeGreaterThanOrEqual(3);
      expect(seats, body.id).toBeLessThanOrEqual(10);
    }
  });

  it('has 8 Fusion partnerships under the programme, each with a lead body and a coordinator employed there', () => {
    const partnerships = demo.bodies.filter((b) => b.type === 'partnership');
    expect(partnerships).toHaveLength(8);
    const programme = demo.bodies.find((b) => b.type === 'programme');
    for (const p of partnerships) {
      expect(p.parentId).toBe(programme?.id);
      expect(p.ownerId).toBeTruthy();
      expect(p.coordinatorIds).toHaveLength(1);
      const coordinator = demo.people.find((x) => x.id === p.coordinatorIds[0]);
      expect(coordinator?.organisationId).toBe(p.ownerId);
      expect(p.expectedSectorIds?.length).toBe(8);
    }
    expect(demo.memberships.some((m) => m.broughtById)).toBe(true);
  });

  it('spreads tie kinds, sources, ratings and end dates', () => {
    expect(new Set(demo.ties.map((t) => t.kind))).toEqual(new Set(TIE_KINDS));
    expect(new Set(demo.ties.map((t) => t.source))).toEqual(new Set(TIE_SOURCES));
    const ended = demo.ties.filter((t) => t.until).length / demo.ties.length;
    expect(ended).toBeGreaterThan(0.05);
    expect(ended).toBeLessThan(0.15);
    for (const t of demo.ties) expect(t.since! >= '2015-01-01' && t.since! <= '2026-12-31').toBe(true);
  });

  it('gives unique 7-digit invented charity numbers and .example emails', () => {
    const numbers = demo.organisations.flatMap((o) => (o.charityNumber ? [o.charityNumber] : []));
    expect(numbers.length).toBeGreaterThan(50);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toMatch(/^\d{7}$/);
    for (const p of demo.people) expect(p.email).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.example$/);
  });

  it('has brokered introductions with consistent histories', () => {
    expect(demo.introductions.filter((i) => i.status === 'declined').length).toBeGreaterThanOrEqual(2);
    const fromIntro = demo.collaborations.filter((c) => c.introductionId);
    expect(fromIntro.length).toBeGreaterThanOrEqual(1);
    for (const c of fromIntro) expect(demo.introductions.find((i) => i.id === c.introductionId)?.status).toBe('collaborating');
    for (const i of demo.introductions) {
      expect(i.events[0]?.status).toBe('suggested');
      expect((i.events[i.events.length - 1]?.at ?? '') <= DEMO_REFERENCE_DATE).toBe(true);
    }
    for (const c of demo.collaborations) {
      expect(c.partnerIds.length).toBeGreaterThanOrEqual(2);
      expect(c.partnerIds.length).toBeLessThanOrEqual(7);
    }
  });
});

describe('generateDemoNetwork: integrity', () => {
  it.each([['seed 2024', demo], ['seed 7', other]])('%s has no dangling ids, duplicate ids or duplicate tie pairs', (_, ds) => {
    expect(findIntegrityProblems(ds)).toEqual([]);
  });

  it('starts ties no earlier than the organisations they join', () => {
    const since = new Map(demo.organisations.map((o) => [o.id, o.since ?? '']));
    for (const t of demo.ties) {
      expect(t.since! >= (since.get(t.sourceId) ?? '')).toBe(true);
      expect(t.since! >= (since.get(t.targetId) ?? '')).toBe(true);
    }
  });
});

describe.each([['seed 2024', demo], ['seed 7', other]])('planted gaps (%s)', (_, ds) => {
  const orgById = new Map(ds.organisations.map((o) => [o.id, o]));

  it('sub-groups with no third-sector seat', () => {
    for (const id of gaps.subGroupsWithoutThirdSectorSeat) {
      expect(ds.bodies.find((b) => b.id === id)?.type).toBe('sub_group');
      expect(ds.seats.filter((s) => s.bodyId === id && s.seatType === 'third_sector_representative')).toEqual([]);
    }
  });

  it('one person holds many seats; nobody else comes close', () => {
    const counts = new Map<string, number>();
    for (const s of ds.seats) {
      const h = currentHolder(s);
      if (h && isCurrent(s)) counts.set(h.personId, (counts.get(h.personId) ?? 0) + 1);
    }
    expect(counts.get(gaps.personWithManySeats)).toBeGreaterThanOrEqual(gaps.personWithManySeatsMinimum);
    for (const [person, n] of counts) if (person !== gaps.personWithManySeats) expect(n).toBeLessThan(gaps.personWithManySeatsMinimum);
  });

  it('about 8% of current seats are vacant, including the planted ones', () => {
    const open = ds.seats.filter(isCurrent);
    const vacant = open.filter((s) => !currentHolder(s));
    expect(vacant.length / open.length).toBeGreaterThan(0.05);
    expect(vacant.length / open.length).toBeLessThan(0.12);
    for (const id of gaps.vacantSeats) expect(vacant.map((s) => s.id)).toContain(id);
    expect(vacant.some((s) => s.holders.length > 0)).toBe(true);
  });

  it('some bodies have third-sector seats held only by CVC staff, others by the wider sector', () => {
    const personOrg = new Map(ds.people.map((p) => [p.id, orgById.get(p.organisationId)?.kind]));
    for (const id of gaps.thirdSectorSeatsOnlyCvcStaff) {
      const holders = ds.seats.filter((s) => s.bodyId === id && s.seatType === 'third_sector_representative').flatMap((s) => s.holders);
      expect(holders.length).toBeGreaterThan(0);
      for (const h of holders) expect(personOrg.get(h.personId)).toBe('cvc');
    }
    const wider = ds.seats.filter((s) => s.seatType === 'third_sector_representative').flatMap((s) => s.holders).filter((h) => personOrg.get(h.personId) !== 'cvc');
    expect(wider.length).toBeGreaterThan(20);
  });

  it('report-backs: most recent within 6 months, planted seats silent for over 12 months', () => {
    const latest = new Map<string, string>();
    for (const r of ds.reportBacks) if ((latest.get(r.seatId) ?? '') < r.date) latest.set(r.seatId, r.date);
    const held = ds.seats.filter((s) => s.seatType === 'third_sector_representative' && isCurrent(s) && currentHolder(s));
    const recent = held.filter((s) => (latest.get(s.id) ?? '') >= addDays(DEMO_REFERENCE_DATE, -183));
    expect(recent.length / held.length).toBeGreaterThan(0.6);
    expect(gaps.seatsWithoutRecentReportBack.length).toBeGreaterThanOrEqual(5);
    for (const id of gaps.seatsWithoutRecentReportBack) {
      const seat = held.find((s) => s.id === id);
      expect(seat, id).toBeDefined();
      expect((latest.get(id) ?? '') < addDays(DEMO_REFERENCE_DATE, -365)).toBe(true);
    }
  });

  it('LSBs replaced by PSBs, and a sub-group that lapsed and reappeared', () => {
    for (const [psbId, lsbId] of Object.entries(gaps.psbsWithLsbPredecessor)) {
      const lsb = ds.bodies.find((b) => b.id === lsbId);
      expect(lsb).toMatchObject({ type: 'lsb', status: 'replaced', validTo: '2016-03-31' });
      expect(ds.bodies.find((b) => b.id === psbId)?.predecessorId).toBe(lsbId);
    }
    for (const [successorId, lapsedId] of Object.entries(gaps.lapsedAndReappeared)) {
      const lapsed = ds.bodies.find((b) => b.id === lapsedId);
      const successor = ds.bodies.find((b) => b.id === successorId);
      expect(lapsed?.status).toBe('lapsed');
      expect(successor?.predecessorId).toBe(lapsedId);
      expect(successor?.name).not.toBe(lapsed?.name);
      expect(lapsed!.validTo! < successor!.validFrom!).toBe(true);
    }
  });

  it('no health-heritage tie in Ceredigion, though both sectors are there', () => {
    const area = gaps.areaWithoutHealthHeritageTie;
    const inArea = (id: string) => orgById.get(id)?.areaIds.includes(area) ?? false;
    const sector = (id: string) => orgById.get(id)?.sectorId;
    expect(ds.organisations.some((o) => o.areaIds.includes(area) && o.sectorId === SECTOR_IDS.health)).toBe(true);
    expect(ds.organisations.some((o) => o.areaIds.includes(area) && o.sectorId === SECTOR_IDS.heritageMuseums)).toBe(true);
    const crossing = ds.ties.filter((t) => inArea(t.sourceId) && inArea(t.targetId) &&
      new Set([sector(t.sourceId), sector(t.targetId)]).size === 2 &&
      [sector(t.sourceId), sector(t.targetId)].every((s) => s === SECTOR_IDS.health || s === SECTOR_IDS.heritageMuseums));
    expect(crossing).toEqual([]);
  });

  it('no organisation or collaboration works on F4 in Merthyr Tydfil', () => {
    const { areaId, themeId } = gaps.missingAreaTheme;
    expect(ds.organisations.filter((o) => o.areaIds.includes(areaId) && o.themeIds.includes(themeId))).toEqual([]);
    expect(ds.collaborations.filter((c) => c.areaIds.includes(areaId) && c.themeIds.includes(themeId))).toEqual([]);
    expect(ds.collaborations.some((c) => c.themeIds.includes(themeId))).toBe(true);
  });

  it('Fusion Conwy lacks a housing partner', () => {
    const { bodyId, sectorId } = gaps.partnershipMissingSector;
    const members = ds.memberships.filter((m) => m.bodyId === bodyId).map((m) => orgById.get(m.organisationId)?.sectorId);
    expect(members.length).toBeGreaterThan(5);
    expect(members).not.toContain(sectorId);
  });

  it('PAVS is an articulation point for the St Davids cluster', () => {
    const cluster = new Set<string>(gaps.articulationDependentOrgs);
    const allowed = new Set([...cluster, gaps.articulationPointOrg]);
    for (const id of cluster) for (const t of tiesOf(ds, id)) expect(allowed.has(t.sourceId) && allowed.has(t.targetId)).toBe(true);
    expect(tiesOf(ds, gaps.articulationPointOrg).filter((t) => cluster.has(t.sourceId) || cluster.has(t.targetId)).length).toBeGreaterThan(0);
    expect(tiesOf(ds, gaps.articulationPointOrg).filter((t) => !cluster.has(t.sourceId) && !cluster.has(t.targetId)).length).toBeGreaterThan(3);
    const start = gaps.articulationDependentOrgs[0] ?? '';
    expect(reachable(ds, start, new Set())).toBeGreaterThan(cluster.size + 100);
    expect(reachable(ds, start, new Set([gaps.articulationPointOrg]))).toBe(cluster.size);
  });

  it('Powys has two communities joined by a single tie', () => {
    const b = new Set<string>(gaps.structuralHoleCommunityB);
    const crossing = ds.ties.filter((t) => b.has(t.sourceId) !== b.has(t.targetId));
    expect(crossing.map((t) => t.id)).toEqual([gaps.structuralHoleBridgeTie]);
    const bridge = crossing[0];
    expect(bridge && orgById.get(bridge.sourceId)?.areaIds).toContain(gaps.structuralHoleArea);
    expect(bridge && orgById.get(bridge.targetId)?.areaIds).toContain(gaps.structuralHoleArea);
    expect(reachable(ds, [...b][0] as string, new Set(), b)).toBe(b.size);
  });

  it('isolates have no ties; single-tie newcomers have exactly one', () => {
    for (const id of gaps.isolates) expect(tiesOf(ds, id)).toEqual([]);
    for (const id of gaps.singleTieOrgs) expect(tiesOf(ds, id)).toHaveLength(1);
  });

  it('the planted introduction led to the planted collaboration', () => {
    expect(ds.introductions.find((i) => i.id === gaps.collaboratingIntroduction)?.status).toBe('collaborating');
    expect(ds.collaborations.find((c) => c.id === gaps.collaborationFromIntroduction)?.introductionId).toBe(gaps.collaboratingIntroduction);
    for (const id of gaps.declinedIntroductions) expect(ds.introductions.find((i) => i.id === id)?.status).toBe('declined');
  });
});

/** how many organisations a breadth-first search from `start` reaches, skipping `removed` (and staying inside `within`) */
function reachable(ds: NetworkDataset, start: string, removed: Set<string>, within?: Set<string>): number {
  const adjacency = new Map<string, string[]>();
  for (const t of ds.ties) {
    adjacency.set(t.sourceId, [...(adjacency.get(t.sourceId) ?? []), t.targetId]);
    adjacency.set(t.targetId, [...(adjacency.get(t.targetId) ?? []), t.sourceId]);
  }
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    for (const n of adjacency.get(next) ?? []) {
      if (seen.has(n) || removed.has(n) || (within && !within.has(n))) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return seen.size;
}
