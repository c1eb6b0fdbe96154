/**
 * Ranking: every signal's weight in one place, existing partners never suggested, declined
 * introductions within the cooldown pushed below every other candidate, top-N with evidence,
 * introducer path and sentences. docs/gaps-and-suggestions.md lists the same weights.
 */
import { explainSuggestion } from './explain.ts';
import { BrokerGraph } from './graph.ts';
import { bestIntroducerFor, introducerPath, trustPaths } from './introducer.ts';
import {
  adamicAdar,
  bridgingGain,
  complementarity,
  constraintWith,
  declinedIntroduction,
  focalContext,
  type FocalContext,
  needSignals,
  proximity,
  sharedArea,
  sharedThemes,
  type RawSignal,
  type SignalName,
} from './signals.ts';
import type { BrokerInput, DeclinedIntroduction, Need, Suggestion } from './types.ts';

export interface BrokeringConfig {
  /** weight of each signal in the score (signals are 0..1); a negative weight is a penalty */
  weights: Record<SignalName, number>;
  /** a declined introduction counts against the pair for this many months */
  declinedCooldownMonths: number;
  /** the longest introducer chain, in ties */
  maxIntroducerHops: number;
  /** suggestions returned by default */
  limit: number;
  louvainSeed: number;
}

export const DEFAULT_BROKERING: BrokeringConfig = {
  weights: {
    // for a focal organisation: sum of positive weights is 1
    complementarity: 0.25,
    bridgingGain: 0.2,
    adamicAdar: 0.2,
    sharedThemes: 0.15,
    sharedArea: 0.1,
    proximity: 0.1,
    // larger than all positive weights together: a declined pair ranks below every other candidate
    declinedIntroduction: -2,
    // for a need (theme + area [+ sector]): sum of positive weights is 1
    themeFit: 0.4,
    areaFit: 0.25,
    sectorFit: 0.15,
    reach: 0.2,
  },
  declinedCooldownMonths: 12,
  maxIntroducerHops: 3,
  limit: 10,
  louvainSeed: 42,
};

export function brokeringConfig(overrides: Partial<BrokeringConfig> = {}): BrokeringConfig {
  return { ...DEFAULT_BROKERING, ...overrides, weights: { ...DEFAULT_BROKERING.weights, ...(overrides.weights ?? {}) } };
}

export interface SuggestOptions {
  limit?: number;
  config?: Partial<BrokeringConfig>;
  /** a need narrows (and, without a focal organisation, drives) the ranking */
  need?: Need | null;
  /** declined introductions to honour (default: the input's) */
  declined?: DeclinedIntroduction[];
  /** the focal organisation's partners now, when the loaded graph may lag behind recorded ties */
  partners?: readonly string[];
}

function toSuggestion(
  g: BrokerGraph,
  focal: string | null,
  cand: string,
  raw: RawSignal[],
  weights: Record<SignalName, number>,
): Omit<Suggestion, 'introducerPath' | 'explanation'> & { raw: RawSignal[] } {
  const signals = raw.map((s) => ({ name: s.name, value: round(s.value), weight: weights[s.name], detail: s.detail }));
  const score = raw.reduce((sum, s) => sum + weights[s.name] * s.value, 0);
  void focal;
  return { organisationId: cand, name: g.name(cand), score: round(score), signals, raw };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Rank partners for `focal` over the loaded neighbourhood. Accepts the input or a prepared graph. */
export function suggestPartners(input: BrokerInput | BrokerGraph, focal: string, options: SuggestOptions = {}): Suggestion[] {
  const config = brokeringConfig(options.config);
  const g = input instanceof BrokerGraph ? input : new BrokerGraph(input, config.louvainSeed);
  if (!g.org.has(focal)) throw new Error(`organisation ${focal} is not in the loaded network`);
  const limit = options.limit ?? config.limit;
  const ctx = focalContext(g, focal, config.declinedCooldownMonths, options.declined ?? g.input.declined);
  // the loaded graph may predate the latest ties: partners known from the live graph count too
  const partners = new Set([...g.neighbours(focal).keys(), ...(options.partners ?? [])]);
  const need = options.need ?? null;
  const maxDegree = need ? Math.max(0, ...[...g.adj.values()].map((m) => m.size)) : 0;
  const paths = trustPaths(g, focal, config.maxIntroducerHops);
  const focalBodies = g.bodiesOf.get(focal);
  const rawSignals = (cand: string): RawSignal[] => {
    const raw: RawSignal[] = [
      complementarity(g, focal, cand),
      sharedThemes(g, focal, cand),
      sharedArea(g, focal, cand),
      adamicAdar(g, ctx, cand),
      proximity(ctx, cand),
      bridgingGain(g, ctx, cand),
      declinedIntroduction(ctx, cand, config.declinedCooldownMonths),
    ];
    if (need) raw.push(...needSignals(g, need, cand, maxDegree).filter((s) => s.name !== 'reach'));
    return raw;
  };
  // First every candidate's score alone (the same arithmetic as the signals, without their words),
  // then the words, introducer path and sentences for the top `limit` only.
  const quick = quickScorer(g, ctx, focal, config.weights, need ? (cand) => needSignals(g, need, cand, maxDegree).filter((s) => s.name !== 'reach') : null);
  const scored: { organisationId: string; score: number }[] = [];
  for (const cand of g.org.keys()) {
    if (cand === focal || partners.has(cand)) continue;
    if (need && !fitsNeed(g, need, cand)) continue;
    // reachable: someone (a chain of ties, or a body both sit on) can introduce them
    if (!paths.cost.has(cand) && !sharesBody(g.bodiesOf.get(cand), focalBodies)) continue;
    scored.push({ organisationId: cand, score: quick(cand) });
  }
  scored.sort(byScore);
  return scored.slice(0, limit).map(({ organisationId }) => {
    const s = toSuggestion(g, focal, organisationId, rawSignals(organisationId), config.weights);
    const path = introducerPath(g, paths, focal, s.organisationId);
    return {
      organisationId: s.organisationId,
      name: s.name,
      score: s.score,
      signals: s.signals,
      introducerPath: path,
      explanation: explainSuggestion(g, focal, s.organisationId, s.raw, path),
    };
  });
}

function sharesBody(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * The rounded score `toSuggestion` gives a candidate, computed without building any evidence
 * string: each value is the same expression as in signals.ts, summed in the same order
 * (complementarity, sharedThemes, sharedArea, adamicAdar, proximity, bridgingGain,
 * declinedIntroduction, then the need signals), so the ranking is exactly the one the full signals give.
 */
function quickScorer(
  g: BrokerGraph,
  ctx: FocalContext,
  focal: string,
  weights: Record<SignalName, number>,
  needRaw: ((cand: string) => RawSignal[]) | null,
): (cand: string) => number {
  const f = g.org.get(focal)!;
  const partnerSectors = new Set<string | null | undefined>();
  for (const n of g.neighbours(focal).keys()) partnerSectors.add(g.org.get(n)?.sectorId);
  const focalParents = f.areaIds.map((x) => g.areaParent.get(x));
  const focalBodies = g.bodiesOf.get(focal);
  const focalCommunity = g.community(focal);
  const before = ctx.constraintBefore;
  return (cand) => {
    const c = g.org.get(cand)!;
    // complementarity
    let comp: number;
    if (!f.sectorId || !c.sectorId || f.sectorId === c.sectorId) comp = 0;
    else {
      const focalTied = partnerSectors.has(c.sectorId);
      const areaGap = f.areaIds.filter((x) => c.areaIds.includes(x)).find((a) => !g.sectorPairTied(a, f.sectorId!, c.sectorId!)) ?? null;
      comp = 0.3 + (focalTied ? 0 : 0.35) + (areaGap ? 0.35 : 0);
    }
    // sharedThemes
    let sharedCount = 0;
    for (const t of f.themeIds) if (c.themeIds.includes(t)) sharedCount++;
    const themes = f.themeIds.length && c.themeIds.length ? Math.min(1, sharedCount / Math.min(f.themeIds.length, c.themeIds.length)) : 0;
    // sharedArea
    let area = 0;
    if (f.areaIds.some((x) => c.areaIds.includes(x))) area = 1;
    else {
      const parentsB = new Set(c.areaIds.map((x) => g.areaParent.get(x)).filter((x): x is string => !!x));
      if (focalParents.some((p) => !!p && parentsB.has(p))) area = 0.5;
    }
    // adamicAdar
    let aa = ctx.aaPartners.get(cand) ?? 0;
    const candBodies = g.bodiesOf.get(cand);
    if (focalBodies && candBodies) for (const b of focalBodies) if (candBodies.has(b)) aa += 1 / Math.log((g.bodySize.get(b) ?? 2) + 1);
    const adamic = 1 - Math.exp(-aa);
    // proximity
    const h = ctx.hops.get(cand);
    const prox = h === undefined ? 0 : h <= 2 ? 1 : h === 3 ? 0.5 : 0.25;
    // bridgingGain
    const across = focalCommunity !== g.community(cand);
    const after = constraintWith(g, ctx, cand);
    const drop = before !== null && after !== null && before > 0 ? Math.max(0, (before - after) / before) : before === null ? 1 : 0;
    const bridging = 0.5 * (across ? 1 : 0) + 0.5 * Math.min(1, 2 * drop);
    // declinedIntroduction
    const declined = ctx.declined.get(cand) ? 1 : 0;
    let score = 0;
    score = score + weights.complementarity * comp;
    score = score + weights.sharedThemes * themes;
    score = score + weights.sharedArea * area;
    score = score + weights.adamicAdar * adamic;
    score = score + weights.proximity * prox;
    score = score + weights.bridgingGain * bridging;
    score = score + weights.declinedIntroduction * declined;
    if (needRaw) for (const s of needRaw(cand)) score = score + weights[s.name] * s.value;
    return round(score);
  };
}

function fitsNeed(g: BrokerGraph, need: Need, cand: string): boolean {
  const c = g.org.get(cand)!;
  if (need.themeId && !c.themeIds.includes(need.themeId)) return false;
  if (need.sectorId && c.sectorId !== need.sectorId) return false;
  return true;
}

/** Rank organisations for a need (theme + area [+ sector]) with no focal organisation: fit, then reach. */
export function suggestForNeed(input: BrokerInput | BrokerGraph, need: Need, options: Omit<SuggestOptions, 'need'> = {}): Suggestion[] {
  const config = brokeringConfig(options.config);
  const g = input instanceof BrokerGraph ? input : new BrokerGraph(input, config.louvainSeed);
  const limit = options.limit ?? config.limit;
  const maxDegree = Math.max(0, ...[...g.adj.values()].map((m) => m.size));
  const scored = [];
  for (const cand of g.org.keys()) {
    if (!fitsNeed(g, need, cand)) continue;
    if (g.degree(cand) === 0) continue; // nobody can introduce it: not reachable
    scored.push(toSuggestion(g, null, cand, needSignals(g, need, cand, maxDegree), config.weights));
  }
  scored.sort(byScore);
  return scored.slice(0, limit).map((s) => {
    const path = bestIntroducerFor(g, s.organisationId);
    return {
      organisationId: s.organisationId,
      name: s.name,
      score: s.score,
      signals: s.signals,
      introducerPath: path,
      explanation: explainSuggestion(g, null, s.organisationId, s.raw, path),
    };
  });
}

function byScore(a: { score: number; organisationId: string }, b: { score: number; organisationId: string }): number {
  return b.score - a.score || (a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0);
}
