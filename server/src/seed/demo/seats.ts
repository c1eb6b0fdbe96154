/**
 * Seats on PSBs, sub-groups and fora, who holds them over time, and report-backs from third-sector
 * representatives. This is where the representation gaps are planted.
 */

import type { Body, Person, ReportBack, Seat, SeatHolding, SeatType } from '../../domain/model.ts';
import { LOCAL_AUTHORITIES, councilIdOf } from '../reference/areas.ts';
import { cvcFor, statutoryOrgIdsFor } from '../reference/organisations.ts';
import { THIRD_SECTOR_SECTOR_IDS } from '../reference/sectors.ts';
import { addDays, maxDate, minDate, randomDate, toDayNumber, fromDayNumber } from '../dates.ts';
import type { DemoContext } from './context.ts';
import { peopleOf } from './context.ts';
import { DEMO_PLANTED_GAPS, DEMO_REFERENCE_DATE } from './planted-gaps.ts';
import { REGION_NAMES, roleCoversAuthority } from './people.ts';

/** people other than the planted one never hold more than this many current seats */
const ORDINARY_SEAT_CAP = 6;
const PLANTED_PERSON_SEATS = 11;
const VACANCY_RATE = 0.08;

interface SeatPlan {
  role: 'chair' | 'st' | 'ts' | 'm' | 'obs';
  seatType: SeatType;
  onBehalfOfId: string;
  /** who may hold it */
  candidates: Person[];
  /** who else may hold it when every candidate already holds enough seats */
  fallback?: Person[];
}

interface SeatState {
  currentSeats: Map<string, number>;
  plantedSeatCount: number;
  roleCounts: Map<string, number>;
}

export function buildSeats(ctx: DemoContext, bodies: Body[]): { seats: Seat[]; reportBacks: ReportBack[] } {
  const seats: Seat[] = [];
  const reportBacks: ReportBack[] = [];
  const state: SeatState = { currentSeats: new Map(), plantedSeatCount: 0, roleCounts: new Map() };
  const laBySlug = new Map(LOCAL_AUTHORITIES.map((la) => [la.slug, la]));
  for (const body of bodies) {
    if (!['psb', 'lsb', 'sub_group', 'forum'].includes(body.type)) continue;
    const laSlug = body.areaIds[0]?.replace('area-', '') ?? '';
    if (!laBySlug.has(laSlug)) continue;
    for (const plan of planSeats(ctx, body, laSlug)) {
      const seat = makeSeat(ctx, body, plan, state);
      seats.push(seat);
      if (seat.seatType === 'third_sector_representative') reportBacks.push(...makeReportBacks(ctx, seat));
    }
  }
  return { seats, reportBacks };
}

function planSeats(ctx: DemoContext, body: Body, laSlug: string): SeatPlan[] {
  const { prng } = ctx;
  const cvc = cvcFor(laSlug).id;
  const la = LOCAL_AUTHORITIES.find((x) => x.slug === laSlug);
  const laName = la?.name ?? '';
  const regionName = REGION_NAMES[['area-north-wales', 'area-mid-wales', 'area-south-west-wales', 'area-south-east-wales'].indexOf(la?.regionId ?? '')] ?? '';
  // NRW sits on the PSB itself and on environmental sub-groups only
  const nrw = 'org-natural-resources-wales';
  const environmental = body.id.endsWith('climate-nature') || body.id.endsWith('well-being-assessment');
  const statutory = statutoryOrgIdsFor(laSlug).filter((id) => id !== nrw || body.type === 'psb' || environmental);
  const staffOf = (orgId: string) =>
    peopleOf(ctx, orgId).filter((p) => !ctx.reserved.has(p.organisationId) && roleCoversAuthority(p.role, laName, regionName));
  const isForum = body.type === 'forum';
  const isTsForum = body.id.endsWith('third-sector-forum');
  const plans: SeatPlan[] = [];
  const chairOrg = isTsForum ? cvc : body.type === 'sub_group' && prng.chance(0.4) ? prng.pick(statutory.filter((id) => id !== nrw)) : councilIdOf(laSlug);
  plans.push({ role: 'chair', seatType: 'chair', onBehalfOfId: chairOrg, candidates: staffOf(chairOrg) });

  const statutoryCount = body.type === 'psb' ? statutory.length : isTsForum ? 1 : prng.int(2, 4);
  const statutoryOrgs = body.type === 'psb' ? statutory : [councilIdOf(laSlug), ...prng.sample(statutory.slice(1), statutoryCount - 1)];
  for (const orgId of statutoryOrgs.slice(0, statutoryCount)) {
    plans.push({ role: 'st', seatType: 'statutory_member', onBehalfOfId: orgId, candidates: staffOf(orgId) });
  }

  const noThirdSector = (DEMO_PLANTED_GAPS.subGroupsWithoutThirdSectorSeat as readonly string[]).includes(body.id);
  const onlyCvc = (DEMO_PLANTED_GAPS.thirdSectorSeatsOnlyCvcStaff as readonly string[]).includes(body.id);
  const tsCount = noThirdSector ? 0 : body.type === 'psb' ? 1 : isTsForum ? prng.int(2, 4) : prng.int(1, 3);
  const wider = ctx.localOrgIdsByLa.get(laSlug)?.filter((id) => THIRD_SECTOR_SECTOR_IDS.includes(ctx.orgById.get(id)?.sectorId ?? '') || ctx.orgById.get(id)?.kind === 'tso') ?? [];
  for (let i = 0; i < tsCount; i++) {
    // CVC staff usually take the first seat; wider-sector representatives fill others unless planted otherwise
    const fromCvc = onlyCvc || body.type === 'psb' || (i === 0 ? prng.chance(0.7) : prng.chance(0.35));
    const widerStaff = prng.sample(wider, 6).flatMap(staffOf);
    const candidates = fromCvc ? staffOf(cvc) : widerStaff;
    plans.push({
      role: 'ts', seatType: 'third_sector_representative', onBehalfOfId: cvc,
      candidates: candidates.length > 0 ? candidates : staffOf(cvc), fallback: onlyCvc ? [] : widerStaff,
    });
  }

  const room = 10 - plans.length;
  const memberCount = Math.min(room, isForum ? prng.int(0, 3) : prng.int(0, 2));
  const local = ctx.localOrgIdsByLa.get(laSlug)?.filter((id) => !ctx.reserved.has(id)) ?? [];
  for (const orgId of prng.sample(local, memberCount)) {
    plans.push({ role: 'm', seatType: 'member', onBehalfOfId: orgId, candidates: staffOf(orgId) });
  }
  if (plans.length < 10 && prng.chance(0.25)) {
    const observerOrg = body.type === 'psb' ? 'org-welsh-government' : 'org-public-health-wales';
    plans.push({ role: 'obs', seatType: 'observer', onBehalfOfId: observerOrg, candidates: staffOf(observerOrg) });
  }
  while (plans.length < 3) plans.push({ role: 'st', seatType: 'statutory_member', onBehalfOfId: councilIdOf(laSlug), candidates: staffOf(councilIdOf(laSlug)) });
  return plans;
}

function makeSeat(ctx: DemoContext, body: Body, plan: SeatPlan, state: SeatState): Seat {
  const { prng } = ctx;
  const bodyEnd = body.validTo ?? null;
  const seatSince = body.validFrom ?? '2016-04-01';
  const roleIndex = countRole(body, plan.role, state);
  const id = `seat-${body.id.replace(/^body-/, '')}-${plan.role}${roleIndex}`;
  const seat: Seat = { id, bodyId: body.id, seatType: plan.seatType, onBehalfOfId: plan.onBehalfOfId, since: seatSince, until: bodyEnd, holders: [] };
  const plantedVacant = (DEMO_PLANTED_GAPS.vacantSeats as readonly string[]).includes(id);
  const stale = (DEMO_PLANTED_GAPS.seatsWithoutRecentReportBack as readonly string[]).includes(id);
  const gwent = cvcFor(body.areaIds[0]?.replace('area-', '') ?? '').id === 'org-gavo';
  const plantedPersonTakes =
    gwent && plan.seatType === 'third_sector_representative' && bodyEnd === null && state.plantedSeatCount < PLANTED_PERSON_SEATS && roleIndex === 1;

  const available = (people: Person[]) =>
    people.filter((p) => p.id !== DEMO_PLANTED_GAPS.personWithManySeats && (state.currentSeats.get(p.id) ?? 0) < ORDINARY_SEAT_CAP);
  const firstChoice = plantedPersonTakes ? [] : available(plan.candidates);
  const holderPool = firstChoice.length > 0 || plantedPersonTakes ? firstChoice : available(plan.fallback ?? []);
  const plantedPerson = ctx.people.find((p) => p.id === DEMO_PLANTED_GAPS.personWithManySeats);
  const current = plantedPersonTakes ? plantedPerson : holderPool.length > 0 ? prng.pick(holderPool) : undefined;
  const vacant = plantedVacant || (!plantedPersonTakes && !stale && prng.chance(VACANCY_RATE)) || !current;

  const lastDay = bodyEnd ?? addDays(DEMO_REFERENCE_DATE, -1);
  const holders: SeatHolding[] = [];
  // some seats changed hands: an earlier holder ended when the successor started
  const hadPrevious = vacant ? prng.chance(0.6) : prng.chance(0.2);
  const previousPool = plan.candidates.filter((p) => p.id !== current?.id && p.id !== DEMO_PLANTED_GAPS.personWithManySeats);
  let nextStart = seatSince;
  if (hadPrevious && previousPool.length > 0) {
    const previous = prng.pick(previousPool);
    const start = seatSince;
    const end = vacant ? randomDate(prng, start, addDays(lastDay, -30)) : randomDate(prng, start, addDays(lastDay, -500));
    if (end > start) {
      holders.push({ personId: previous.id, since: startHolding(previous, start), until: end });
      nextStart = end;
    }
  }
  if (!vacant && current) {
    // newer seats went to people already in post; stale seats have been held for well over a year
    let since = hadPrevious ? nextStart : randomDate(prng, nextStart, minDate(addDays(nextStart, 400), lastDay));
    if (stale) since = minDate(since, addDays(DEMO_REFERENCE_DATE, -500));
    holders.push({ personId: current.id, since: startHolding(current, since), until: bodyEnd });
    if (bodyEnd === null) {
      state.currentSeats.set(current.id, (state.currentSeats.get(current.id) ?? 0) + 1);
      if (plantedPersonTakes) state.plantedSeatCount++;
    }
  }
  seat.holders = holders;
  return seat;
}

function countRole(body: Body, role: string, state: SeatState): number {
  const key = `${body.id}|${role}`;
  const n = (state.roleCounts.get(key) ?? 0) + 1;
  state.roleCounts.set(key, n);
  return n;
}

/** a holding may start before the person's recorded start: then they joined the organisation earlier */
function startHolding(person: Person, since: string): string {
  if (person.since && person.since > since) person.since = since;
  return since;
}

const REPORT_BACK_SUMMARIES = [
  'Reported the sub-group\'s priorities to the Third Sector Forum and gathered members\' views.',
  'Circulated the minutes and a plain-language briefing to the wider sector.',
  'Fed back on the well-being plan consultation; three member groups responded.',
  'Shared funding opportunities raised at the meeting with local groups.',
  'Raised volunteer capacity concerns from member organisations at the meeting.',
  'Briefed the CVC board on the sub-group\'s new action plan.',
];

function makeReportBacks(ctx: DemoContext, seat: Seat): ReportBack[] {
  const { prng } = ctx;
  const holding = seat.holders.find((h) => !h.until) ?? seat.holders[seat.holders.length - 1];
  if (!holding) return [];
  const holderSince = holding.since ?? seat.since ?? '2016-04-01';
  const holderEnd = holding.until ?? DEMO_REFERENCE_DATE;
  const stale = (DEMO_PLANTED_GAPS.seatsWithoutRecentReportBack as readonly string[]).includes(seat.id);
  let latest: string;
  if (stale) latest = randomDate(prng, maxDate(holderSince, addDays(DEMO_REFERENCE_DATE, -700)), addDays(DEMO_REFERENCE_DATE, -400));
  else if (holding.until) latest = randomDate(prng, holderSince, holderEnd);
  else if (prng.chance(0.85)) latest = randomDate(prng, maxDate(holderSince, addDays(DEMO_REFERENCE_DATE, -175)), addDays(DEMO_REFERENCE_DATE, -3));
  else latest = randomDate(prng, maxDate(holderSince, addDays(DEMO_REFERENCE_DATE, -330)), addDays(DEMO_REFERENCE_DATE, -190));
  if (latest < holderSince) return [];
  const dates = [latest];
  // a few earlier report-backs, roughly quarterly
  for (let i = 0, day = toDayNumber(latest); i < prng.int(0, 3); i++) {
    day -= prng.int(70, 120);
    const date = fromDayNumber(day);
    if (date < holderSince) break;
    dates.push(date);
  }
  return dates.reverse().map((date, i) => ({
    id: `${seat.id.replace(/^seat-/, 'report-')}-${i + 1}`,
    seatId: seat.id,
    personId: holding.personId,
    date,
    summary: prng.pick(REPORT_BACK_SUMMARIES),
  }));
}
