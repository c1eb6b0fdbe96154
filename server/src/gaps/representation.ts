/**
 * Representation gaps (MtC Recommendation 2): bodies with no third-sector seat, vacant seats, seats
 * held only by CVC staff, representatives who have not reported back, people holding too many
 * seats, and eligible organisations that sit on no forum. Pure: works on a GapInput.
 */
import type { GapRulesConfig } from './rules.ts';
import { listWords, Lookup, makeGap, monthsBefore, monthsBetween } from './lookup.ts';
import type { Gap, GapInput, GapSeat } from './types.ts';

export function representationGaps(input: GapInput, c: GapRulesConfig, lookup = new Lookup(input)): Gap[] {
  const gaps: Gap[] = [];
  const seatsByBody = new Map<string, GapSeat[]>();
  for (const s of input.seats) {
    let list = seatsByBody.get(s.bodyId);
    if (!list) seatsByBody.set(s.bodyId, (list = []));
    list.push(s);
  }
  const isTs = (s: GapSeat) => s.seatType === c.thirdSectorSeatType;

  for (const body of input.bodies) {
    const seats = seatsByBody.get(body.id) ?? [];
    const en = lookup.bodyName(body.id, 'en');
    const cy = lookup.bodyName(body.id, 'cy');
    if (c.bodyTypesNeedingThirdSectorSeat.includes(body.type) && !seats.some(isTs)) {
      gaps.push(makeGap('body_without_third_sector_seat', c, {
        severity: 'high',
        entities: [lookup.bodyEntity(body.id)],
        explanation: {
          en: `${en} has no third-sector seat: the voluntary sector has no voice there.`,
          cy: `Nid oes sedd i'r trydydd sector ar ${cy}: nid oes llais i'r sector gwirfoddol yno.`,
        },
      }));
    }
    const heldTs = seats.filter((s) => isTs(s) && s.holder);
    if (
      c.bodyTypesForWiderSector.includes(body.type) &&
      heldTs.length > 0 &&
      heldTs.every((s) => c.cvcKinds.includes(s.holder!.organisationKind ?? ''))
    ) {
      const people = heldTs.map((s) => s.holder!);
      gaps.push(makeGap('third_sector_seats_only_cvc_staff', c, {
        severity: 'low',
        idKeys: [body.id],
        entities: [
          lookup.bodyEntity(body.id),
          ...heldTs.map((s) => ({ label: 'Seat' as const, key: s.id, name: s.id, role: 'seat' })),
          ...people.map((p) => ({ label: 'Person' as const, key: p.personId, name: p.name, role: 'holder' })),
        ],
        measure: heldTs.length,
        explanation: {
          en: `All ${heldTs.length} third-sector seat(s) on ${en} are held by CVC staff; a representative from the wider sector could sit there.`,
          cy: `Staff CGS sy'n dal pob un o'r ${heldTs.length} sedd trydydd sector ar ${cy}; gallai cynrychiolydd o'r sector ehangach eistedd yno.`,
        },
      }));
    }
  }

  const cutoff = monthsBefore(input.asOf, c.reportBackMonths);
  const seatCount = new Map<string, number>();
  const personSeats = new Map<string, GapSeat[]>();
  for (const seat of input.seats) {
    const bodyEn = lookup.bodyName(seat.bodyId, 'en');
    const bodyCy = lookup.bodyName(seat.bodyId, 'cy');
    const seatEntity = { label: 'Seat' as const, key: seat.id, name: `${seat.seatType.replace(/_/g, ' ')} seat on ${bodyEn}`, role: 'seat' };
    if (!seat.holder) {
      gaps.push(makeGap('vacant_seat', c, {
        severity: isTs(seat) ? 'high' : 'medium',
        entities: [seatEntity, lookup.bodyEntity(seat.bodyId)],
        idKeys: [seat.id],
        explanation: {
          en: `A ${seat.seatType.replace(/_/g, ' ')} seat on ${bodyEn} is vacant.`,
          cy: `Mae sedd (${seat.seatType.replace(/_/g, ' ')}) ar ${bodyCy} yn wag.`,
        },
      }));
      continue;
    }
    const h = seat.holder;
    seatCount.set(h.personId, (seatCount.get(h.personId) ?? 0) + 1);
    let list = personSeats.get(h.personId);
    if (!list) personSeats.set(h.personId, (list = []));
    list.push(seat);
    if (isTs(seat)) {
      const last = seat.lastReportBack ?? null;
      const heldSince = h.since ?? null;
      // silent: the latest report-back is older than the cut-off, or there is none and the holder has sat for longer
      const silent = last ? last < cutoff : heldSince === null || heldSince < cutoff;
      if (silent) {
        const months = last ? monthsBetween(last, input.asOf) : heldSince ? monthsBetween(heldSince, input.asOf) : null;
        gaps.push(makeGap('no_recent_report_back', c, {
          severity: 'medium',
          idKeys: [seat.id],
          entities: [seatEntity, { label: 'Person', key: h.personId, name: h.name, role: 'holder' }, lookup.bodyEntity(seat.bodyId)],
          measure: months,
          explanation: last
            ? {
                en: `${h.name} has not reported back from ${bodyEn} since ${last} (${months} months; the rule is ${c.reportBackMonths}).`,
                cy: `Nid yw ${h.name} wedi adrodd yn ôl o ${bodyCy} ers ${last} (${months} mis; y rheol yw ${c.reportBackMonths}).`,
              }
            : {
                en: `${h.name} has never reported back from ${bodyEn}${heldSince ? ` since taking the seat on ${heldSince}` : ''}.`,
                cy: `Nid yw ${h.name} erioed wedi adrodd yn ôl o ${bodyCy}${heldSince ? ` ers cymryd y sedd ar ${heldSince}` : ''}.`,
              },
        }));
      }
    }
  }

  for (const [personId, seats] of personSeats) {
    const holder = seats[0]!.holder!;
    const total = Math.max(holder.totalSeats ?? 0, seatCount.get(personId) ?? 0);
    if (total <= c.maxSeatsPerPerson) continue;
    const bodiesEn = seats.map((s) => lookup.bodyName(s.bodyId, 'en'));
    const bodiesCy = seats.map((s) => lookup.bodyName(s.bodyId, 'cy'));
    gaps.push(makeGap('person_with_many_seats', c, {
      severity: total >= 2 * c.maxSeatsPerPerson ? 'high' : 'medium',
      idKeys: [personId],
      measure: total,
      entities: [
        { label: 'Person', key: personId, name: holder.name, role: 'holder' },
        ...seats.map((s) => ({ label: 'Seat' as const, key: s.id, name: lookup.bodyName(s.bodyId), nameCy: lookup.body.get(s.bodyId)?.nameCy ?? null, role: 'seat' })),
      ],
      explanation: {
        en: `${holder.name} holds ${total} seats (more than ${c.maxSeatsPerPerson}), including ${listWords(bodiesEn, 'en', 3)}: if they leave, the sector loses its voice on all of them at once.`,
        cy: `Mae ${holder.name} yn dal ${total} sedd (mwy na ${c.maxSeatsPerPerson}), gan gynnwys ${listWords(bodiesCy, 'cy', 3)}: os byddant yn gadael, bydd y sector yn colli ei lais ar bob un ar unwaith.`,
      },
    }));
  }

  // eligible organisations that sit on no body, one gap per local authority
  const eligible = (o: GapInput['organisations'][number]) =>
    c.thirdSectorKinds.includes(o.kind ?? '') || c.thirdSectorSectorIds.includes(o.sectorId ?? '');
  for (const la of input.localAuthorities) {
    const inLa = input.organisations.filter((o) => o.areaIds.includes(la.id) && eligible(o) && !c.cvcKinds.includes(o.kind ?? ''));
    if (inLa.length === 0) continue;
    const nowhere = inLa.filter((o) => !o.represented);
    if (nowhere.length === 0 || nowhere.length / inLa.length < c.unrepresentedShareThreshold) continue;
    const en = lookup.areaName(la.id, 'en');
    const cy = lookup.areaName(la.id, 'cy');
    gaps.push(makeGap('eligible_organisations_without_forum', c, {
      severity: 'low',
      idKeys: [la.id],
      measure: nowhere.length,
      entities: [lookup.areaEntity(la.id), ...nowhere.map((o) => lookup.orgEntity(o.id, 'unrepresented'))],
      explanation: {
        en: `${nowhere.length} of ${inLa.length} third-sector organisations in ${en} sit on no forum, partnership or board; the CVC could mobilise them to cover more seats.`,
        cy: `Nid yw ${nowhere.length} o'r ${inLa.length} sefydliad trydydd sector yn ardal ${cy} yn eistedd ar unrhyw fforwm, partneriaeth na bwrdd; gallai'r CGS eu hannog i lenwi mwy o seddi.`,
      },
    }));
  }
  return gaps;
}
