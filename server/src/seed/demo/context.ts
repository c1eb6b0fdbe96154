/** Shared state while the demo network is built, and the rules that keep the planted gaps intact. */

import type { Organisation, Person, Tie, TieKind, TieSource } from '../../domain/model.ts';
import { TIE_KINDS, TIE_SOURCES } from '../../domain/model.ts';
import { Prng } from '../prng.ts';
import { addDays, minDate, randomDate } from '../dates.ts';
import { SECTOR_IDS } from '../reference/sectors.ts';
import { DEMO_PLANTED_GAPS, DEMO_REFERENCE_DATE } from './planted-gaps.ts';

export interface DemoContext {
  prng: Prng;
  orgs: Organisation[];
  orgById: Map<string, Organisation>;
  /** invented and named local organisations per local-authority slug (not councils, CVCs or regional bodies) */
  localOrgIdsByLa: Map<string, string[]>;
  people: Person[];
  peopleByOrg: Map<string, Person[]>;
  ties: Tie[];
  tiePairs: Set<string>;
  /** organisations kept out of random ties, collaborations, introductions and seats */
  reserved: Set<string>;
}

const CLUSTER = new Set<string>(DEMO_PLANTED_GAPS.articulationDependentOrgs);
const COMMUNITY_B = new Set<string>(DEMO_PLANTED_GAPS.structuralHoleCommunityB);
const NO_TIES = new Set<string>([...DEMO_PLANTED_GAPS.isolates, ...DEMO_PLANTED_GAPS.singleTieOrgs]);

export function createContext(seed: number): DemoContext {
  return {
    prng: new Prng(seed),
    orgs: [],
    orgById: new Map(),
    localOrgIdsByLa: new Map(),
    people: [],
    peopleByOrg: new Map(),
    ties: [],
    tiePairs: new Set(),
    reserved: new Set([...CLUSTER, ...COMMUNITY_B, ...NO_TIES]),
  };
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Whether two organisations may be linked (by a tie, a shared collaboration or an introduction)
 * without undoing a planted gap. Forced planted links bypass this.
 */
export function mayLink(ctx: DemoContext, a: string, b: string): boolean {
  if (a === b) return false;
  if (NO_TIES.has(a) || NO_TIES.has(b)) return false;
  if (CLUSTER.has(a) !== CLUSTER.has(b)) return false;
  if (COMMUNITY_B.has(a) !== COMMUNITY_B.has(b)) return false;
  const orgA = ctx.orgById.get(a);
  const orgB = ctx.orgById.get(b);
  if (!orgA || !orgB) return false;
  const gapArea = DEMO_PLANTED_GAPS.areaWithoutHealthHeritageTie;
  const healthHeritage =
    (orgA.sectorId === SECTOR_IDS.health && orgB.sectorId === SECTOR_IDS.heritageMuseums) ||
    (orgA.sectorId === SECTOR_IDS.heritageMuseums && orgB.sectorId === SECTOR_IDS.health);
  if (healthHeritage && orgA.areaIds.includes(gapArea) && orgB.areaIds.includes(gapArea)) return false;
  return true;
}

export interface TieOptions {
  kind?: TieKind;
  source?: TieSource;
  since?: string;
  /** planted ties skip the mayLink rules and never end */
  force?: boolean;
  id?: string;
  /** ties that must stay current (planted structure) */
  neverEnds?: boolean;
}

const KIND_WEIGHTS: readonly (readonly [TieKind, number])[] = [
  ['information_sharing', 40], ['joint_delivery', 25], ['referral', 18], ['funding', 9], ['co_location', 8],
];
const SOURCE_WEIGHTS: readonly (readonly [TieSource, number])[] = [['survey', 35], ['coordinator', 30], ['import', 20], ['minutes', 15]];
const RATING_WEIGHTS: readonly (readonly [number, number])[] = [[1, 1], [2, 3], [3, 5], [4, 3]];

// keep the enums and the weight tables in step
if (KIND_WEIGHTS.length !== TIE_KINDS.length || SOURCE_WEIGHTS.length !== TIE_SOURCES.length) {
  throw new Error('tie weight tables are out of date with the model enums');
}

/** Adds an undirected tie if allowed and new; returns whether it was added. */
export function addTie(ctx: DemoContext, sourceId: string, targetId: string, options: TieOptions = {}): boolean {
  if (sourceId === targetId) return false;
  const key = pairKey(sourceId, targetId);
  if (ctx.tiePairs.has(key)) return false;
  if (!options.force && !mayLink(ctx, sourceId, targetId)) return false;
  const { prng } = ctx;
  const earliest = latestSince(ctx, sourceId, targetId);
  const since = options.since ?? randomDate(prng, earliest, addDays(DEMO_REFERENCE_DATE, -20));
  const ends = !options.force && !options.neverEnds && prng.chance(0.1);
  const until = ends ? minDate(addDays(since, prng.int(120, 1500)), addDays(DEMO_REFERENCE_DATE, -1)) : null;
  ctx.tiePairs.add(key);
  ctx.ties.push({
    id: options.id ?? `tie-${String(ctx.ties.length + 1).padStart(5, '0')}`,
    sourceId,
    targetId,
    kind: options.kind ?? prng.weighted(KIND_WEIGHTS),
    source: options.source ?? prng.weighted(SOURCE_WEIGHTS),
    trust: prng.weighted(RATING_WEIGHTS),
    value: prng.weighted(RATING_WEIGHTS),
    since,
    until: until !== null && until >= since ? until : null,
  });
  return true;
}

/** ties start no earlier than 2015 and no earlier than either organisation's own start */
function latestSince(ctx: DemoContext, a: string, b: string): string {
  let earliest = '2015-01-01';
  for (const id of [a, b]) {
    const since = ctx.orgById.get(id)?.since;
    if (since && since > earliest) earliest = since;
  }
  return earliest;
}

export function addOrganisation(ctx: DemoContext, org: Organisation): void {
  if (ctx.orgById.has(org.id)) throw new Error(`duplicate organisation id ${org.id}`);
  ctx.orgs.push(org);
  ctx.orgById.set(org.id, org);
}

export function orgOrThrow(ctx: DemoContext, id: string): Organisation {
  const org = ctx.orgById.get(id);
  if (!org) throw new Error(`unknown organisation ${id}`);
  return org;
}

export function peopleOf(ctx: DemoContext, orgId: string): Person[] {
  return ctx.peopleByOrg.get(orgId) ?? [];
}
