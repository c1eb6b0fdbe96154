/**
 * Integrity checks for a NetworkDataset: unique ids, every cross-reference resolves, dates are ISO
 * and ordered, ties are simple (no self-loops, no duplicate undirected pairs). Returns a list of
 * problems (empty when the dataset is sound); used by the seed tests and handy before a load.
 */

import type { NetworkDataset, Period } from '../domain/model.ts';
import { isIsoDate } from './dates.ts';

export function findIntegrityProblems(ds: NetworkDataset): string[] {
  const problems: string[] = [];
  const ids = (label: string, items: readonly { id: string }[]) => {
    const set = new Set<string>();
    for (const item of items) {
      if (set.has(item.id)) problems.push(`duplicate ${label} id ${item.id}`);
      set.add(item.id);
    }
    return set;
  };
  const areas = ids('area', ds.areas);
  const sectors = ids('sector', ds.sectors);
  const themes = ids('theme', ds.themes);
  const orgs = ids('organisation', ds.organisations);
  const people = ids('person', ds.people);
  const bodies = ids('body', ds.bodies);
  const seats = ids('seat', ds.seats);
  ids('report-back', ds.reportBacks);
  ids('collaboration', ds.collaborations);
  ids('tie', ds.ties);
  const introductions = ids('introduction', ds.introductions);

  const ref = (what: string, set: Set<string>, id: string | null | undefined, optional = false) => {
    if (id === null || id === undefined) {
      if (!optional) problems.push(`${what}: missing reference`);
      return;
    }
    if (!set.has(id)) problems.push(`${what}: unknown id ${id}`);
  };
  const period = (what: string, p: Period) => {
    if (p.since != null && !isIsoDate(p.since)) problems.push(`${what}: bad since ${p.since}`);
    if (p.until != null && !isIsoDate(p.until)) problems.push(`${what}: bad until ${p.until}`);
    if (p.since != null && p.until != null && p.since > p.until) problems.push(`${what}: since ${p.since} after until ${p.until}`);
  };

  for (const a of ds.areas) ref(`area ${a.id} parent`, areas, a.parentId, a.level === 'nation');
  for (const o of ds.organisations) {
    ref(`organisation ${o.id} sector`, sectors, o.sectorId);
    for (const id of o.areaIds) ref(`organisation ${o.id} area`, areas, id);
    for (const id of o.themeIds) ref(`organisation ${o.id} theme`, themes, id);
    period(`organisation ${o.id}`, o);
  }
  for (const p of ds.people) {
    ref(`person ${p.id} organisation`, orgs, p.organisationId);
    period(`person ${p.id}`, p);
  }
  for (const b of ds.bodies) {
    ref(`body ${b.id} parent`, bodies, b.parentId, true);
    ref(`body ${b.id} predecessor`, bodies, b.predecessorId, true);
    ref(`body ${b.id} owner`, orgs, b.ownerId, true);
    for (const id of b.areaIds) ref(`body ${b.id} area`, areas, id);
    for (const id of b.themeIds) ref(`body ${b.id} theme`, themes, id);
    for (const id of b.coordinatorIds) ref(`body ${b.id} coordinator`, people, id);
    for (const id of b.expectedSectorIds ?? []) ref(`body ${b.id} expected sector`, sectors, id);
    period(`body ${b.id}`, { since: b.validFrom, until: b.validTo });
  }
  for (const m of ds.memberships) {
    const what = `membership ${m.organisationId} in ${m.bodyId}`;
    ref(what, orgs, m.organisationId);
    ref(what, bodies, m.bodyId);
    ref(`${what} brought by`, orgs, m.broughtById, true);
    period(what, m);
  }
  for (const s of ds.seats) {
    ref(`seat ${s.id} body`, bodies, s.bodyId);
    ref(`seat ${s.id} on behalf of`, orgs, s.onBehalfOfId, true);
    period(`seat ${s.id}`, s);
    for (const h of s.holders) {
      ref(`seat ${s.id} holder`, people, h.personId);
      period(`seat ${s.id} holding ${h.personId}`, h);
    }
  }
  for (const r of ds.reportBacks) {
    ref(`report-back ${r.id} seat`, seats, r.seatId);
    ref(`report-back ${r.id} person`, people, r.personId);
    if (!isIsoDate(r.date)) problems.push(`report-back ${r.id}: bad date ${r.date}`);
  }
  for (const c of ds.collaborations) {
    for (const id of c.partnerIds) ref(`collaboration ${c.id} partner`, orgs, id);
    for (const id of c.themeIds) ref(`collaboration ${c.id} theme`, themes, id);
    for (const id of c.areaIds) ref(`collaboration ${c.id} area`, areas, id);
    ref(`collaboration ${c.id} introduction`, introductions, c.introductionId, true);
    period(`collaboration ${c.id}`, c);
  }
  const pairs = new Set<string>();
  for (const t of ds.ties) {
    ref(`tie ${t.id} source`, orgs, t.sourceId);
    ref(`tie ${t.id} target`, orgs, t.targetId);
    if (t.sourceId === t.targetId) problems.push(`tie ${t.id}: self-loop`);
    const key = t.sourceId < t.targetId ? `${t.sourceId}|${t.targetId}` : `${t.targetId}|${t.sourceId}`;
    if (pairs.has(key)) problems.push(`tie ${t.id}: duplicate pair ${key}`);
    pairs.add(key);
    for (const rating of [t.trust, t.value]) {
      if (rating != null && !(Number.isInteger(rating) && rating >= 1 && rating <= 4)) problems.push(`tie ${t.id}: rating ${rating} outside 1-4`);
    }
    period(`tie ${t.id}`, t);
  }
  for (const i of ds.introductions) {
    for (const id of i.organisationIds) ref(`introduction ${i.id} organisation`, orgs, id);
    ref(`introduction ${i.id} broker`, people, i.brokerId);
    ref(`introduction ${i.id} introducer`, orgs, i.introducerOrganisationId, true);
    let previous = '';
    for (const e of i.events) {
      if (!isIsoDate(e.at)) problems.push(`introduction ${i.id}: bad event date ${e.at}`);
      if (e.at < previous) problems.push(`introduction ${i.id}: events out of order`);
      previous = e.at;
      ref(`introduction ${i.id} event by`, people, e.byId, true);
    }
    if (i.events[i.events.length - 1]?.status !== i.status) problems.push(`introduction ${i.id}: status does not match its last event`);
  }
  return problems;
}
