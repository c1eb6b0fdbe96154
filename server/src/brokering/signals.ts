/**
 * The evidence for a suggested partnership, one signal at a time, each in 0..1 with the words behind
 * it. Unlike community-aware link predictors (which reward pairs inside the same group), complementarity
 * and bridging gain reward pairs ACROSS sectors and communities: brokering is about the ties the
 * network would not form by itself. Adamic-Adar and proximity keep suggestions within reach.
 */
import { monthsBefore } from '../gaps/lookup.ts';
import type { BrokerGraph } from './graph.ts';
import type { Need } from './types.ts';

export interface RawSignal {
  name: SignalName;
  value: number;
  detail: string;
  /** structured evidence the explainer turns into sentences */
  evidence?: Record<string, unknown>;
}

export type SignalName =
  | 'complementarity'
  | 'sharedThemes'
  | 'sharedArea'
  | 'adamicAdar'
  | 'bridgingGain'
  | 'proximity'
  | 'declinedIntroduction'
  | 'themeFit'
  | 'areaFit'
  | 'sectorFit'
  | 'reach';

/** What is computed once per focal organisation, then reused for every candidate. */
export interface FocalContext {
  focal: string;
  /** Adamic-Adar over shared partners: candidate -> sum of 1/ln(deg z) over common neighbours z */
  aaPartners: Map<string, number>;
  /** common neighbours per candidate (names for the explanation) */
  commonPartners: Map<string, string[]>;
  /** hop distance over ties (up to 4) */
  hops: Map<string, number>;
  constraintBefore: number | null;
  /** per contact v of the focal organisation: S_v = sum of 1/deg(w) over contacts w tied to v */
  indirect: Map<string, number>;
  /** sum over contacts of (1 + S_v)^2 */
  squares: number;
  /** candidates declined with the focal organisation within the cooldown: id -> date declined */
  declined: Map<string, string>;
}

export function focalContext(g: BrokerGraph, focal: string, cooldownMonths: number, declinedList = g.input.declined): FocalContext {
  const aaPartners = new Map<string, number>();
  const commonPartners = new Map<string, string[]>();
  for (const z of g.neighbours(focal).keys()) {
    const dz = g.degree(z);
    if (dz < 2) continue;
    const w = 1 / Math.log(dz);
    for (const c of g.neighbours(z).keys()) {
      if (c === focal) continue;
      aaPartners.set(c, (aaPartners.get(c) ?? 0) + w);
      let list = commonPartners.get(c);
      if (!list) commonPartners.set(c, (list = []));
      list.push(z);
    }
  }
  const hops = new Map<string, number>([[focal, 0]]);
  let frontier = [focal];
  for (let h = 1; h <= 4 && frontier.length; h++) {
    const next: string[] = [];
    for (const u of frontier) for (const v of g.neighbours(u).keys()) if (!hops.has(v)) (hops.set(v, h), next.push(v));
    frontier = next;
  }
  const cutoff = monthsBefore(g.input.asOf, cooldownMonths);
  const declined = new Map<string, string>();
  for (const d of declinedList) {
    const [a, b] = d.organisationIds;
    const other = a === focal ? b : b === focal ? a : null;
    if (other && d.since >= cutoff && d.since <= g.input.asOf) declined.set(other, d.since);
  }
  const indirect = new Map<string, number>();
  const contacts = g.neighbours(focal);
  for (const v of contacts.keys()) {
    let sv = 0;
    for (const w of g.neighbours(v).keys()) if (contacts.has(w)) sv += 1 / g.degree(w);
    indirect.set(v, sv);
  }
  let squares = 0;
  for (const sv of indirect.values()) squares += (1 + sv) * (1 + sv);
  return { focal, aaPartners, commonPartners, hops, constraintBefore: constraintOf(g, focal, null), indirect, squares, declined };
}

/**
 * The focal organisation's constraint if it were also tied to `cand`, in O(shared partners) from the
 * precomputed S_v: with d contacts, c = sum over v of ((1 + S_v) / d)^2; the new tie adds a contact
 * (S_cand = sum of 1/deg(z) over shared partners z) and, for each shared partner z, 1/(deg(cand)+1) to S_z.
 */
export function constraintWith(g: BrokerGraph, ctx: FocalContext, cand: string): number {
  const d = g.degree(ctx.focal) + 1;
  const common = ctx.commonPartners.get(cand) ?? [];
  const degC = g.degree(cand) + 1;
  let total = ctx.squares;
  for (const z of common) {
    const sz = ctx.indirect.get(z) ?? 0;
    total += (1 + sz + 1 / degC) ** 2 - (1 + sz) ** 2;
  }
  let sc = 0;
  for (const z of common) sc += 1 / g.degree(z);
  total += (1 + sc) * (1 + sc);
  return total / (d * d);
}

/**
 * Burt's constraint of `u` (as networkx `constraint`, unweighted), optionally as if `u` were also
 * tied to `extra`: c(u) = sum over contacts v of (p_uv + sum over w of p_uw p_wv)^2, p_xy = 1/deg(x).
 */
export function constraintOf(g: BrokerGraph, u: string, extra: string | null): number | null {
  const contacts = new Set(g.neighbours(u).keys());
  if (extra) contacts.add(extra);
  const du = contacts.size;
  if (du === 0) return null;
  const deg = (w: string) => g.degree(w) + (extra && (w === extra) ? 1 : 0);
  const linked = (w: string, v: string) => g.neighbours(w).has(v);
  let c = 0;
  for (const v of contacts) {
    let indirect = 0;
    for (const w of contacts) if (w !== v && linked(w, v)) indirect += (1 / du) * (1 / deg(w));
    const local = 1 / du + indirect;
    c += local * local;
  }
  return c;
}

function sharedBodies(g: BrokerGraph, a: string, b: string): string[] {
  const A = g.bodiesOf.get(a);
  const B = g.bodiesOf.get(b);
  if (!A || !B) return [];
  return [...A].filter((x) => B.has(x));
}

/** Areas of `a` that `b` shares, or share a parent region with. */
function areaRelation(g: BrokerGraph, a: string[], b: string[]): { same: string[]; region: string[] } {
  const same = a.filter((x) => b.includes(x));
  const parentsB = new Set(b.map((x) => g.areaParent.get(x)).filter((x): x is string => !!x));
  const region = a.map((x) => g.areaParent.get(x)).filter((p): p is string => !!p && parentsB.has(p));
  return { same, region: [...new Set(region)] };
}

export function complementarity(g: BrokerGraph, focal: string, cand: string): RawSignal {
  const f = g.org.get(focal)!;
  const c = g.org.get(cand)!;
  if (!f.sectorId || !c.sectorId || f.sectorId === c.sectorId) {
    return { name: 'complementarity', value: 0, detail: 'same sector' };
  }
  const focalTied = [...g.neighbours(focal).keys()].some((n) => g.org.get(n)?.sectorId === c.sectorId);
  const areas = areaRelation(g, f.areaIds, c.areaIds).same;
  const areaGap = areas.find((a) => !g.sectorPairTied(a, f.sectorId!, c.sectorId!)) ?? null;
  const value = 0.3 + (focalTied ? 0 : 0.35) + (areaGap ? 0.35 : 0);
  const parts = [`${g.sector(c.sectorId, 'en')} is a different sector`];
  if (!focalTied) parts.push(`${f.name} has no ${g.sector(c.sectorId, 'en').toLowerCase()} partner yet`);
  if (areaGap) parts.push(`no ${g.sector(f.sectorId, 'en').toLowerCase()} organisation in ${g.area(areaGap, 'en')} has a tie to a ${g.sector(c.sectorId, 'en').toLowerCase()} organisation`);
  return { name: 'complementarity', value, detail: parts.join('; '), evidence: { focalTied, areaGap, focalSector: f.sectorId, candidateSector: c.sectorId } };
}

export function sharedThemes(g: BrokerGraph, focal: string, cand: string): RawSignal {
  const f = g.org.get(focal)!;
  const c = g.org.get(cand)!;
  const shared = f.themeIds.filter((t) => c.themeIds.includes(t));
  const value = f.themeIds.length && c.themeIds.length ? Math.min(1, shared.length / Math.min(f.themeIds.length, c.themeIds.length)) : 0;
  return { name: 'sharedThemes', value, detail: shared.length ? `both work on ${shared.map((t) => g.theme(t, 'en')).join(', ')}` : 'no shared theme', evidence: { shared } };
}

export function sharedArea(g: BrokerGraph, focal: string, cand: string): RawSignal {
  const rel = areaRelation(g, g.org.get(focal)!.areaIds, g.org.get(cand)!.areaIds);
  if (rel.same.length) return { name: 'sharedArea', value: 1, detail: `both in ${rel.same.map((a) => g.area(a, 'en')).join(', ')}`, evidence: { same: rel.same } };
  if (rel.region.length) return { name: 'sharedArea', value: 0.5, detail: `same region (${rel.region.map((a) => g.area(a, 'en')).join(', ')})`, evidence: { region: rel.region } };
  return { name: 'sharedArea', value: 0, detail: 'different areas' };
}

/** Adamic-Adar over shared partners AND shared bodies/fora (a body of size s counts 1/ln(s+1)), squashed to 0..1. */
export function adamicAdar(g: BrokerGraph, ctx: FocalContext, cand: string): RawSignal {
  const bodies = sharedBodies(g, ctx.focal, cand);
  let score = ctx.aaPartners.get(cand) ?? 0;
  for (const b of bodies) score += 1 / Math.log((g.bodySize.get(b) ?? 2) + 1);
  const partners = ctx.commonPartners.get(cand) ?? [];
  const parts: string[] = [];
  if (partners.length) parts.push(`${partners.length} shared partner(s): ${partners.slice(0, 3).map((p) => g.name(p)).join(', ')}`);
  if (bodies.length) parts.push(`both sit on ${bodies.slice(0, 3).map((b) => g.bodyName.get(b) ?? b).join(', ')}`);
  return {
    name: 'adamicAdar',
    value: 1 - Math.exp(-score),
    detail: parts.length ? `${parts.join('; ')} (Adamic-Adar ${score.toFixed(2)})` : 'no shared partner or body',
    evidence: { partners, bodies, raw: score },
  };
}

/** Joins two Louvain communities, and how much the tie would lower the focal organisation's constraint. */
export function bridgingGain(g: BrokerGraph, ctx: FocalContext, cand: string): RawSignal {
  const across = g.community(ctx.focal) !== g.community(cand);
  const before = ctx.constraintBefore;
  const after = constraintWith(g, ctx, cand);
  const drop = before !== null && after !== null && before > 0 ? Math.max(0, (before - after) / before) : before === null ? 1 : 0;
  const value = 0.5 * (across ? 1 : 0) + 0.5 * Math.min(1, 2 * drop);
  const parts = [across ? 'would join two communities of the network' : 'same community'];
  if (before !== null && after !== null) parts.push(`constraint ${before.toFixed(2)} -> ${after.toFixed(2)}`);
  return { name: 'bridgingGain', value, detail: parts.join('; '), evidence: { across, before, after } };
}

export function proximity(ctx: FocalContext, cand: string): RawSignal {
  const h = ctx.hops.get(cand);
  const value = h === undefined ? 0 : h <= 2 ? 1 : h === 3 ? 0.5 : 0.25;
  return { name: 'proximity', value, detail: h === undefined ? 'not reachable through ties' : `${h} ties away`, evidence: { hops: h ?? null } };
}

export function declinedIntroduction(ctx: FocalContext, cand: string, cooldownMonths: number): RawSignal {
  const when = ctx.declined.get(cand);
  return when
    ? { name: 'declinedIntroduction', value: 1, detail: `an introduction was declined on ${when} (cooldown ${cooldownMonths} months)`, evidence: { when } }
    : { name: 'declinedIntroduction', value: 0, detail: 'no declined introduction' };
}

// ---------------------------------------------------------------- need-based signals

export function needSignals(g: BrokerGraph, need: Need, cand: string, maxDegree: number): RawSignal[] {
  const c = g.org.get(cand)!;
  const out: RawSignal[] = [];
  if (need.themeId) {
    const fit = c.themeIds.includes(need.themeId);
    out.push({ name: 'themeFit', value: fit ? 1 : 0, detail: fit ? `works on ${g.theme(need.themeId, 'en')}` : `does not list ${g.theme(need.themeId, 'en')}` });
  }
  if (need.areaId) {
    const inArea = c.areaIds.includes(need.areaId) || c.areaIds.some((a) => g.areaParent.get(a) === need.areaId);
    const region = !inArea && c.areaIds.some((a) => g.areaParent.get(a) && g.areaParent.get(a) === g.areaParent.get(need.areaId!));
    const national = !inArea && c.areaIds.some((a) => !g.areaParent.get(a));
    const value = inArea ? 1 : region ? 0.5 : national ? 0.4 : 0;
    out.push({ name: 'areaFit', value, detail: inArea ? `works in ${g.area(need.areaId, 'en')}` : region ? 'works in the same region' : national ? 'works across Wales' : 'works elsewhere' });
  }
  if (need.sectorId) {
    const fit = c.sectorId === need.sectorId;
    out.push({ name: 'sectorFit', value: fit ? 1 : 0, detail: fit ? `a ${g.sector(need.sectorId, 'en').toLowerCase()} organisation` : `sector ${g.sector(c.sectorId, 'en')}` });
  }
  const d = g.degree(cand);
  out.push({ name: 'reach', value: maxDegree > 0 ? Math.log1p(d) / Math.log1p(maxDegree) : 0, detail: d === 0 ? 'no ties yet: nobody can introduce it' : `${d} active ties` });
  return out;
}
