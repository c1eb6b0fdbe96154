import type { MixingMatrix } from './mixing.ts';

/**
 * Nominal attribute assortativity, Newman (2003) "Mixing patterns in networks", as networkx
 * `attribute_assortativity_coefficient`: with e the mixing matrix normalised to sum 1 (each tie
 * counted in both directions) and a its row sums, r = (tr e - sum a_i^2) / (1 - sum a_i^2).
 * Null when undefined: no ties, or every tie's ends in one group (networkx: NaN).
 */
export function assortativity(mix: MixingMatrix): number | null {
  const k = mix.values.length;
  let total = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) total += mix.counts[i]![j]! * (i === j ? 2 : 1);
  if (total === 0) return null;
  let trace = 0;
  let sumSq = 0;
  for (let i = 0; i < k; i++) {
    const row = mix.counts[i]!;
    trace += (2 * row[i]!) / total;
    let a = 0;
    for (let j = 0; j < k; j++) a += (row[j]! * (i === j ? 2 : 1)) / total;
    sumSq += a * a;
  }
  if (1 - sumSq === 0) return null;
  return (trace - sumSq) / (1 - sumSq);
}
