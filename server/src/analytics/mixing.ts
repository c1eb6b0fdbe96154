import type { CompactGraph, Groups } from './graph.ts';

export interface MixingMatrix {
  /** attribute values, sorted */
  values: string[];
  /** counts[i][j] = ties between a node of values[i] and one of values[j]; symmetric; the
   * diagonal counts ties within a group once */
  counts: number[][];
}

/** Ties by the groups of their two ends (the mixing matrix of Newman 2003, as counts). */
export function mixingMatrix(g: CompactGraph, groups: Groups): MixingMatrix {
  const k = groups.values.length;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let e = 0; e < g.m; e++) {
    const a = groups.group[g.edgeU[e]!]!;
    const b = groups.group[g.edgeV[e]!]!;
    counts[a]![b]!++;
    if (a !== b) counts[b]![a]!++;
  }
  return { values: groups.values, counts };
}

function internalExternal(g: CompactGraph, group: Int32Array): { internal: number; external: number } {
  let internal = 0;
  for (let e = 0; e < g.m; e++) if (group[g.edgeU[e]!] === group[g.edgeV[e]!]) internal++;
  return { internal, external: g.m - internal };
}

/**
 * Krackhardt & Stern (1988) E-I index over the whole network: (E - I) / (E + I), E = ties
 * between groups, I = ties within a group. From -1 (all ties internal) to +1 (all external);
 * null when there are no ties.
 */
export function eiIndex(g: CompactGraph, group: Int32Array): number | null {
  if (g.m === 0) return null;
  const { internal, external } = internalExternal(g, group);
  return (external - internal) / (external + internal);
}

/** Share of ties joining two different groups, E / (E + I); null when there are no ties. */
export function crossGroupTieRatio(g: CompactGraph, group: Int32Array): number | null {
  if (g.m === 0) return null;
  return internalExternal(g, group).external / g.m;
}
