/**
 * Suggestions benchmark (pure, in memory): hide a seeded 10% of the demo network's active ties, ask
 * for 10 suggestions for every organisation that lost a tie, and measure precision@10 and recall@10
 * (macro-averaged over those organisations) against plain common-neighbours and Adamic-Adar
 * baselines computed on the same reduced network in the same run.
 */
import { mulberry32 } from '../server/src/analytics/louvain.ts';
import { BrokerGraph } from '../server/src/brokering/graph.ts';
import { brokerInputFromDataset } from '../server/src/brokering/from-dataset.ts';
import { suggestPartners } from '../server/src/brokering/rank.ts';
import { activeOn } from '../server/src/gaps/from-dataset.ts';
import { DEMO_REFERENCE_DATE } from '../server/src/seed/demo/planted-gaps.ts';
import { generateDemoNetwork } from '../server/src/seed/generate-demo.ts';

const K = 10;
const HIDE = 0.1;

function topK(scores: Map<string, number>, k: number): string[] {
  return [...scores].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k).map(([id]) => id);
}

export interface SuggestionBenchResult {
  seed: number;
  hiddenTies: number;
  focalOrganisations: number;
  methods: Record<string, { precision: number; recall: number; hitRate: number }>;
  crossSectorShareOfTop10: Record<string, number>;
  msPerFocal: number;
}

export function runSuggestionBench(seed = 7): SuggestionBenchResult {
  const ds = generateDemoNetwork();
  const asOf = DEMO_REFERENCE_DATE;
  const rng = mulberry32(seed);
  const active = ds.ties.filter((t) => activeOn(t, asOf));
  const hidden = active.filter(() => rng() < HIDE);
  const hiddenIds = new Set(hidden.map((t) => t.id));
  const reduced = { ...ds, ties: ds.ties.filter((t) => !hiddenIds.has(t.id)) };
  const input = brokerInputFromDataset(reduced, asOf);
  const g = new BrokerGraph(input);
  const lost = new Map<string, Set<string>>();
  for (const t of hidden) {
    if (!g.org.has(t.sourceId) || !g.org.has(t.targetId)) continue;
    for (const [a, b] of [[t.sourceId, t.targetId], [t.targetId, t.sourceId]] as const) {
      let set = lost.get(a);
      if (!set) lost.set(a, (set = new Set()));
      set.add(b);
    }
  }
  const sector = (id: string) => g.org.get(id)?.sectorId;
  const totals: Record<string, { p: number; r: number; hit: number; cross: number; listed: number }> = {};
  const add = (method: string, focal: string, list: string[], truth: Set<string>) => {
    const t = (totals[method] ??= { p: 0, r: 0, hit: 0, cross: 0, listed: 0 });
    const hits = list.filter((id) => truth.has(id)).length;
    t.p += hits / K;
    t.r += hits / truth.size;
    t.hit += hits > 0 ? 1 : 0;
    t.cross += list.filter((id) => sector(id) !== sector(focal)).length;
    t.listed += list.length;
  };
  let ms = 0;
  for (const [focal, truth] of lost) {
    const start = performance.now();
    const ours = suggestPartners(g, focal, { limit: K }).map((s) => s.organisationId);
    ms += performance.now() - start;
    add('cyswllt', focal, ours, truth);
    const cn = new Map<string, number>();
    const aa = new Map<string, number>();
    const partners = g.neighbours(focal);
    for (const z of partners.keys()) {
      const dz = g.degree(z);
      for (const c of g.neighbours(z).keys()) {
        if (c === focal || partners.has(c)) continue;
        cn.set(c, (cn.get(c) ?? 0) + 1);
        if (dz > 1) aa.set(c, (aa.get(c) ?? 0) + 1 / Math.log(dz));
      }
    }
    add('common neighbours', focal, topK(cn, K), truth);
    add('Adamic-Adar', focal, topK(aa, K), truth);
  }
  const n = lost.size;
  const methods: SuggestionBenchResult['methods'] = {};
  const cross: Record<string, number> = {};
  for (const [m, t] of Object.entries(totals)) {
    methods[m] = { precision: t.p / n, recall: t.r / n, hitRate: t.hit / n };
    cross[m] = t.listed ? t.cross / t.listed : 0;
  }
  return { seed, hiddenTies: hidden.length, focalOrganisations: n, methods, crossSectorShareOfTop10: cross, msPerFocal: ms / n };
}

export async function benchSuggestions(): Promise<void> {
  for (const seed of [7, 11, 2024]) {
    const r = runSuggestionBench(seed);
    console.log(`seed ${seed}: ${r.hiddenTies} hidden ties, ${r.focalOrganisations} organisations asked, ${r.msPerFocal.toFixed(1)} ms per ranking`);
    console.log('  method              precision@10  recall@10  hit-rate@10  cross-sector share of top 10');
    for (const [m, v] of Object.entries(r.methods)) {
      console.log(`  ${m.padEnd(18)}  ${v.precision.toFixed(4).padStart(12)}  ${v.recall.toFixed(4).padStart(9)}  ${v.hitRate.toFixed(4).padStart(11)}  ${r.crossSectorShareOfTop10[m]!.toFixed(3).padStart(8)}`);
    }
  }
}
