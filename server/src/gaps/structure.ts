/**
 * Structural gaps over the area's tie network: structural holes between communities, organisations
 * in closed circles (high Burt constraint), isolates and one-tie newcomers, and articulation points
 * (an organisation whose departure cuts a group off: sustainability "reliant on local coordination",
 * Challenge Grants §2.10). Reuses the analytics module's Louvain, constraint and cut points; the only
 * graph code here is a depth-first pass that measures how much each cut point or bridge separates,
 * which analytics/cut-points.ts does not report.
 */
import { buildCompactGraph, type CompactGraph } from '../analytics/graph.ts';
import { connectedComponents } from '../analytics/components.ts';
import { cutPoints } from '../analytics/cut-points.ts';
import { louvain } from '../analytics/louvain.ts';
import { constraint } from '../analytics/structural-holes.ts';
import type { GapRulesConfig } from './rules.ts';
import { listWords, Lookup, makeGap } from './lookup.ts';
import type { BridgingOrganisation, Gap, GapInput } from './types.ts';

/** The area's organisations and the ties among them as a compact graph (ties leaving the area dropped). */
export function areaGraph(input: GapInput): CompactGraph {
  const ids = new Set(input.organisations.map((o) => o.id));
  return buildCompactGraph({
    nodes: input.organisations.map((o) => ({ id: o.id, attributes: { sector: o.sectorId } })),
    edges: input.ties.filter((t) => ids.has(t.source) && ids.has(t.target) && t.source !== t.target),
  });
}

export interface Separation {
  /** DFS pre-order position and subtree size: the subtree of v is order[pre[v] .. pre[v]+size[v]) */
  pre: Int32Array;
  order: Int32Array;
  size: Int32Array;
  parent: Int32Array;
  low: Int32Array;
  /** size of the connected component of each node */
  componentSize: Int32Array;
}

/** One iterative DFS recording pre-order, subtree sizes and low-points. */
export function separation(g: CompactGraph): Separation {
  const { n, offsets, adj } = g;
  const pre = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const parent = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  const componentSize = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (pre[root] !== -1) continue;
    const start = time;
    let top = 0;
    stack[top++] = root;
    pre[root] = low[root] = time;
    order[time++] = root;
    next[root] = offsets[root]!;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = adj[next[v]!++]!;
        if (pre[w] === -1) {
          parent[w] = v;
          pre[w] = low[w] = time;
          order[time++] = w;
          next[w] = offsets[w]!;
          stack[top++] = w;
        } else if (w !== parent[v] && pre[w]! < low[v]!) low[v] = pre[w]!;
      } else {
        top--;
        const p = parent[v]!;
        if (p !== -1) {
          size[p]! += size[v]!;
          if (low[v]! < low[p]!) low[p] = low[v]!;
        }
      }
    }
    for (let i = start; i < time; i++) componentSize[order[i]!] = time - start;
  }
  return { pre, order, size, parent, low, componentSize };
}

function subtree(s: Separation, v: number): number[] {
  return Array.from(s.order.subarray(s.pre[v]!, s.pre[v]! + s.size[v]!));
}

/** The organisations an articulation point's departure would cut off from the largest remaining part. */
export function cutOffBy(g: CompactGraph, s: Separation, v: number): number[] {
  const children: number[] = [];
  for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) {
    const w = g.adj[i]!;
    if (s.parent[w] === v && s.low[w]! >= s.pre[v]!) children.push(w);
  }
  if (s.parent[v] === -1) {
    // the DFS root: its children's subtrees fall apart; the largest one is "the rest"
    if (children.length < 2) return [];
    children.sort((a, b) => s.size[b]! - s.size[a]!);
    return children.slice(1).flatMap((w) => subtree(s, w));
  }
  const pieces = children.map((w) => subtree(s, w));
  const cut = pieces.reduce((k, p) => k + p.length, 0);
  const rest = s.componentSize[v]! - 1 - cut;
  if (rest >= cut) return pieces.flat();
  // the separated pieces are bigger than what stays with the parent: the parent side is cut off
  pieces.sort((a, b) => b.length - a.length);
  const inPieces = new Set(pieces.flat());
  const component = subtree(s, rootOf(s, v));
  return component.filter((u) => u !== v && !inPieces.has(u)).concat(pieces.slice(1).flat());
}

function rootOf(s: Separation, v: number): number {
  let r = v;
  while (s.parent[r] !== -1) r = s.parent[r]!;
  return r;
}

function degreeOf(g: CompactGraph, v: number): number {
  return g.offsets[v + 1]! - g.offsets[v]!;
}

function bridgingOrganisations(g: CompactGraph, groupA: Set<number>, componentOf: Int32Array, limit: number): BridgingOrganisation[] {
  const comp = componentOf[[...groupA][0]!]!;
  const stats = new Map<number, { a: number; b: number }>();
  for (let v = 0; v < g.n; v++) {
    if (componentOf[v] !== comp) continue;
    let a = 0;
    let b = 0;
    for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) (groupA.has(g.adj[i]!) ? a++ : b++);
    if (a > 0 && b > 0) stats.set(v, { a, b });
  }
  // organisations already tied into both sides first (they know both), then each side's best-connected hub
  const spanning = [...stats.entries()].sort((x, y) => Math.min(y[1].a, y[1].b) - Math.min(x[1].a, x[1].b) || degreeOf(g, y[0]) - degreeOf(g, x[0]) || x[0] - y[0]);
  const chosen = spanning.map(([v]) => v);
  const hub = (inA: boolean) => {
    let best = -1;
    for (let v = 0; v < g.n; v++) {
      if (componentOf[v] !== comp || groupA.has(v) !== inA || chosen.includes(v)) continue;
      if (best === -1 || degreeOf(g, v) > degreeOf(g, best)) best = v;
    }
    return best;
  };
  for (const side of [true, false]) {
    const h = hub(side);
    if (h !== -1) chosen.push(h);
  }
  return chosen.slice(0, Math.max(limit, Math.min(2, chosen.length))).map((v) => {
    let a = 0;
    let b = 0;
    for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) (groupA.has(g.adj[i]!) ? a++ : b++);
    return { key: g.ids[v]!, name: '', tiesToA: a, tiesToB: b };
  });
}

export function structureGaps(input: GapInput, c: GapRulesConfig, lookup = new Lookup(input)): Gap[] {
  const gaps: Gap[] = [];
  const g = areaGraph(input);
  if (g.n === 0) return gaps;
  const areaEn = lookup.areaName(input.area.id, 'en');
  const areaCy = lookup.areaName(input.area.id, 'cy');
  const name = (v: number) => lookup.orgName(g.ids[v]!);
  const sep = separation(g);
  const comps = connectedComponents(g);

  // --- isolates and single ties (counting ties to organisations outside the area too)
  for (let v = 0; v < g.n; v++) {
    const org = lookup.org.get(g.ids[v]!)!;
    const total = org.totalDegree ?? degreeOf(g, v);
    if (total === 0) {
      gaps.push(makeGap('isolate', c, {
        severity: 'medium',
        entities: [lookup.orgEntity(org.id, 'isolate')],
        measure: 0,
        explanation: {
          en: `${org.name} has no active tie to any organisation: a newcomer or a partner the network has lost.`,
          cy: `Nid oes gan ${org.name} unrhyw gysylltiad gweithredol â sefydliad arall: newydd-ddyfodiad neu bartner a gollwyd gan y rhwydwaith.`,
        },
      }));
    } else if (total === 1) {
      let partner: string | null = null;
      if (degreeOf(g, v) === 1) partner = g.ids[g.adj[g.offsets[v]!]!]!;
      gaps.push(makeGap('single_tie', c, {
        severity: 'low',
        idKeys: [org.id],
        entities: [lookup.orgEntity(org.id, 'single_tie'), ...(partner ? [lookup.orgEntity(partner, 'only_partner')] : [])],
        measure: 1,
        explanation: partner
          ? {
              en: `${org.name} has only one tie, to ${lookup.orgName(partner)}: one introduction would double its reach.`,
              cy: `Dim ond un cysylltiad sydd gan ${org.name}, â ${lookup.orgName(partner)}: byddai un cyflwyniad yn dyblu ei gyrhaeddiad.`,
            }
          : {
              en: `${org.name} has only one tie, to an organisation outside ${areaEn}.`,
              cy: `Dim ond un cysylltiad sydd gan ${org.name}, â sefydliad y tu allan i ardal ${areaCy}.`,
            },
      }));
    }
  }

  // --- high constraint
  const cons = constraint(g);
  for (let v = 0; v < g.n; v++) {
    const value = cons[v];
    if (value === null || value === undefined || degreeOf(g, v) < c.highConstraintMinDegree || value < c.highConstraint) continue;
    const rounded = Math.round(value * 100) / 100;
    gaps.push(makeGap('high_constraint', c, {
      severity: 'low',
      idKeys: [g.ids[v]!],
      measure: rounded,
      entities: [lookup.orgEntity(g.ids[v]!, 'constrained')],
      explanation: {
        en: `${name(v)}'s ${degreeOf(g, v)} partners all work with each other (Burt constraint ${rounded}, at or above ${c.highConstraint}): a closed circle that hears little from outside.`,
        cy: `Mae ${degreeOf(g, v)} partner ${name(v)} i gyd yn gweithio gyda'i gilydd (cyfyngiad Burt ${rounded}, ${c.highConstraint} neu uwch): cylch caeedig nad yw'n clywed llawer o'r tu allan.`,
      },
    }));
  }

  // --- articulation points, with the part each would cut off
  const cuts = cutPoints(g);
  for (const v of cuts.articulationPoints) {
    const cut = cutOffBy(g, sep, v);
    if (cut.length < c.articulationMinCutOff) continue;
    const names = cut.map(name);
    gaps.push(makeGap('articulation_point', c, {
      severity: cut.length >= c.articulationHighCutOff ? 'high' : 'medium',
      idKeys: [g.ids[v]!],
      cutOffSize: cut.length,
      measure: cut.length,
      entities: [lookup.orgEntity(g.ids[v]!, 'articulation_point'), ...cut.map((u) => lookup.orgEntity(g.ids[u]!, 'cut_off'))],
      explanation: {
        en: `${name(v)} is the only link between ${cut.length} organisations (${listWords(names, 'en', 3)}) and the rest of the network in ${areaEn}: if it stepped back they would be cut off.`,
        cy: `${name(v)} yw'r unig gyswllt rhwng ${cut.length} sefydliad (${listWords(names, 'cy', 3)}) a gweddill y rhwydwaith yn ardal ${areaCy}: pe bai'n camu'n ôl byddent wedi'u torri i ffwrdd.`,
      },
    }));
  }

  // --- structural holes: weakly joined Louvain communities, then single-tie bridges between big enough groups
  const comms = louvain(g, c.louvainSeed);
  const reportedCrossings = new Set<string>();
  const largestComponent = (() => {
    const count = new Int32Array(comms.communities.length + comps.count);
    let best = 0;
    for (let v = 0; v < g.n; v++) if (++count[comps.component[v]!]! > count[best]!) best = comps.component[v]!;
    return best;
  })();
  const hole = (group: number[], crossing: [number, number][], how: 'community' | 'bridge') => {
    const groupSet = new Set(group);
    const key = crossing.map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`).sort().join(',');
    if (crossing.length > 0 && reportedCrossings.has(key)) return;
    reportedCrossings.add(key);
    const rest = sep.componentSize[group[0]!]! - group.length;
    const bridging = bridgingOrganisations(g, groupSet, comps.component, c.bridgingOrganisationsShown).map((b) => ({ ...b, name: lookup.orgName(b.key) }));
    const groupNames = group.map(name);
    const tieWords = crossing.length === 0 ? 'no tie' : crossing.length === 1 ? 'a single tie' : `only ${crossing.length} ties`;
    const tieWordsCy = crossing.length === 0 ? 'dim cysylltiad' : crossing.length === 1 ? 'un cysylltiad yn unig' : `dim ond ${crossing.length} cysylltiad`;
    const restWords = crossing.length === 0 ? `the rest of ${areaEn}` : `the other ${rest} organisations in their part of ${areaEn}`;
    const restWordsCy = crossing.length === 0 ? `gweddill ardal ${areaCy}` : `y ${rest} sefydliad arall yn eu rhan nhw o ardal ${areaCy}`;
    const via = bridging.length ? ` ${listWords(bridging.map((b) => b.name), 'en', 3)} ${bridging.length === 1 ? 'is' : 'are'} best placed to bridge it.` : '';
    const viaCy = bridging.length ? ` ${listWords(bridging.map((b) => b.name), 'cy', 3)} sydd yn y sefyllfa orau i bontio'r bwlch.` : '';
    gaps.push(makeGap('structural_hole', c, {
      severity: crossing.length === 0 || group.length >= 2 * c.minCommunitySize ? 'high' : 'medium',
      idKeys: [how, ...group.map((v) => g.ids[v]!).sort().slice(0, 3)],
      measure: crossing.length,
      bridgingOrganisations: bridging,
      entities: [
        ...group.map((v) => lookup.orgEntity(g.ids[v]!, 'community_a')),
        ...crossing.map(([a, b]) => ({ label: 'Tie' as const, key: `${g.ids[a]!}|${g.ids[b]!}`, name: `${name(a)} – ${name(b)}`, role: 'crossing_tie' })),
        ...bridging.map((b) => lookup.orgEntity(b.key, 'bridging')),
      ],
      explanation: {
        en: `${group.length} organisations (${listWords(groupNames, 'en', 3)}) have ${tieWords} to ${restWords}.${via}`,
        cy: `Mae gan ${group.length} sefydliad (${listWords(groupNames, 'cy', 3)}) ${tieWordsCy} â ${restWordsCy}.${viaCy}`,
      },
    }));
  };

  comms.communities.forEach((ids, ci) => {
    if (ids.length < c.minCommunitySize) return;
    const members = ids.map((id) => g.index.get(id)!);
    const crossing: [number, number][] = [];
    for (const v of members) {
      for (let i = g.offsets[v]!; i < g.offsets[v + 1]!; i++) {
        const w = g.adj[i]!;
        if (comms.community[w] !== ci) crossing.push([v, w]);
      }
    }
    if (crossing.length >= c.minTiesBetweenCommunities) return;
    // a whole component apart from the main one, or a community hanging on by too few ties
    if (crossing.length === 0 && comps.component[members[0]!] === largestComponent) return;
    hole(members, crossing, 'community');
  });

  for (const [u, v] of cuts.bridges) {
    const child = sep.parent[v] === u ? v : sep.parent[u] === v ? u : -1;
    if (child === -1) continue;
    const side = subtree(sep, child);
    const other = sep.componentSize[child]! - side.length;
    if (side.length < c.minCommunitySize || other < c.minCommunitySize) continue;
    const smaller = side.length <= other ? side : (() => {
      const s = new Set(side);
      return subtree(sep, rootOf(sep, child)).filter((x) => !s.has(x));
    })();
    hole(smaller, [[u, v]], 'bridge');
  }
  return gaps;
}
