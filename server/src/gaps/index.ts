/** The gap report: every family's rules over one in-memory input, filtered and sorted (high first). */
import { compositionGaps } from './composition.ts';
import { Lookup } from './lookup.ts';
import { representationGaps } from './representation.ts';
import { gapRules, type GapRulesConfig } from './rules.ts';
import { structureGaps } from './structure.ts';
import { FAMILY_OF, GAP_TYPES, type Gap, type GapFamily, type GapInput, type GapType } from './types.ts';

export * from './types.ts';
export { DEFAULT_GAP_RULES, gapRules, type GapRulesConfig } from './rules.ts';
export { hidePeople, peopleInGaps } from './hide-people.ts';

export interface GapReport {
  asOf: string;
  areaId: string;
  gaps: Gap[];
  counts: { type: GapType; count: number }[];
}

export interface FindGapsOptions {
  config?: Partial<GapRulesConfig>;
  types?: GapType[] | null;
  families?: GapFamily[] | null;
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

export function findGaps(input: GapInput, options: FindGapsOptions = {}): GapReport {
  const config = gapRules(options.config);
  const wanted = new Set<GapType>(
    GAP_TYPES.filter((t) => (!options.types?.length || options.types.includes(t)) && (!options.families?.length || options.families.includes(FAMILY_OF[t]))),
  );
  const families = new Set([...wanted].map((t) => FAMILY_OF[t]));
  const lookup = new Lookup(input);
  const gaps: Gap[] = [];
  if (families.has('representation')) gaps.push(...representationGaps(input, config, lookup));
  if (families.has('composition')) gaps.push(...compositionGaps(input, config, lookup));
  if (families.has('structure')) gaps.push(...structureGaps(input, config, lookup));
  const kept = gaps
    .filter((g) => wanted.has(g.type))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || GAP_TYPES.indexOf(a.type) - GAP_TYPES.indexOf(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts = GAP_TYPES.filter((t) => wanted.has(t)).map((type) => ({ type, count: kept.filter((g) => g.type === type).length }));
  return { asOf: input.asOf, areaId: input.area.id, gaps: kept, counts };
}
