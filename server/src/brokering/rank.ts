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
  declinedIntroduction,
  focalContext,
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
  const partners = g.neighbours(focal);
  const need = options.need ?? null;
  const maxDegree = Math.max(0, ...[...g.adj.values()].map((m) => m.size));
  const paths = trustPaths(g, focal, config.maxIntroducerHops);
  const focalBodies = g.bodiesOf.get(focal);
  const scored = [];
  for (const cand of g.org.keys()) {
    if (cand === focal || partners.has(cand)) continue;
    if (need && !fitsNeed(g, need, cand)) continue;
    // reachable: someone (a chain of ties, or a body both sit on) can introduce them
    if (!paths.cost.has(cand) && ![...(g.bodiesOf.get(cand) ?? [])].some((b) => focalBodies?.has(b))) continue;
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
    scored.push(toSuggestion(g, focal, cand, raw, config.weights));
  }
  scored.sort(byScore);
  const shortlist = scored;
  return shortlist.slice(0, limit).map((s) => {
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
