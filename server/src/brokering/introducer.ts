/**
 * The best introducer path: the cheapest chain of existing ties from the focal organisation to the
 * candidate, where a tie costs 5 - trust (trust 4 costs 1, trust 1 costs 4, an unrated tie 3), so a
 * longer chain of trusted ties can beat a short one through a stranger. Dijkstra over the loaded
 * neighbourhood, limited to `maxHops` ties; without a tie path, a body both sit on stands in.
 */
import type { BrokerGraph } from './graph.ts';
import type { IntroducerPath, PathLink, PathStep } from './types.ts';

export const UNRATED_TRUST = 2;

export function tieCost(trust: number | null | undefined): number {
  const t = trust === null || trust === undefined ? UNRATED_TRUST : Math.min(4, Math.max(1, trust));
  return 5 - t;
}

export interface ShortestPaths {
  cost: Map<string, number>;
  hops: Map<string, number>;
  previous: Map<string, string>;
}

/** Single-source Dijkstra (binary heap) with a hop limit: a node is only relaxed within `maxHops` ties. */
export function trustPaths(g: BrokerGraph, source: string, maxHops: number): ShortestPaths {
  const cost = new Map<string, number>([[source, 0]]);
  const hops = new Map<string, number>([[source, 0]]);
  const previous = new Map<string, string>();
  const heap: [number, number, string][] = [[0, 0, source]];
  const push = (item: [number, number, string]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (less(heap[p]!, heap[i]!)) break;
      [heap[p], heap[i]] = [heap[i]!, heap[p]!];
      i = p;
    }
  };
  const pop = (): [number, number, string] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  while (heap.length) {
    const [c, h, u] = pop();
    if (c > (cost.get(u) ?? Infinity) || (c === cost.get(u) && h > (hops.get(u) ?? Infinity))) continue;
    if (h >= maxHops) continue;
    for (const [v, trust] of g.neighbours(u)) {
      const nc = c + tieCost(trust);
      const known = cost.get(v);
      if (known === undefined || nc < known || (nc === known && h + 1 < (hops.get(v) ?? Infinity))) {
        cost.set(v, nc);
        hops.set(v, h + 1);
        previous.set(v, u);
        push([nc, h + 1, v]);
      }
    }
  }
  return { cost, hops, previous };
}

function less(a: [number, number, string], b: [number, number, string]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
}

function orgStep(g: BrokerGraph, id: string): PathStep {
  const o = g.org.get(id);
  return { key: id, name: o?.name ?? id, nameCy: o?.nameCy ?? null, label: 'Organisation' };
}

function tieLink(g: BrokerGraph, a: string, b: string): PathLink {
  const tie = g.tie(a, b);
  return { via: 'tie', tieKey: tie?.id ?? null, kind: tie?.kind ?? null, trust: tie?.trust ?? null };
}

const BODY_LINK: PathLink = { via: 'body', tieKey: null, kind: null, trust: null };

/** The path to `target` from the paths computed for the focal organisation, or through a shared body. */
export function introducerPath(g: BrokerGraph, paths: ShortestPaths, source: string, target: string): IntroducerPath | null {
  if (paths.cost.has(target) && target !== source) {
    const chain = [target];
    while (chain[chain.length - 1] !== source) chain.push(paths.previous.get(chain[chain.length - 1]!)!);
    chain.reverse();
    return {
      steps: chain.map((id) => orgStep(g, id)),
      links: chain.slice(1).map((id, i) => tieLink(g, chain[i]!, id)),
      cost: paths.cost.get(target)!,
    };
  }
  const a = g.bodiesOf.get(source);
  const b = g.bodiesOf.get(target);
  if (a && b) {
    const shared = [...a].filter((x) => b.has(x)).sort((x, y) => (g.bodySize.get(x) ?? 0) - (g.bodySize.get(y) ?? 0) || (x < y ? -1 : 1));
    if (shared.length) {
      const body = shared[0]!;
      return {
        steps: [orgStep(g, source), { key: body, name: g.bodyName.get(body) ?? body, label: 'Body' }, orgStep(g, target)],
        links: [BODY_LINK, BODY_LINK],
        cost: 5,
      };
    }
  }
  return null;
}

/** For a need without a focal organisation: the candidate's most trusted, best-connected partner introduces it. */
export function bestIntroducerFor(g: BrokerGraph, target: string): IntroducerPath | null {
  let best: string | null = null;
  let bestKey = -Infinity;
  for (const [n, trust] of g.neighbours(target)) {
    const key = (5 - tieCost(trust)) * 1000 + g.degree(n);
    if (key > bestKey || (key === bestKey && best !== null && n < best)) {
      best = n;
      bestKey = key;
    }
  }
  if (!best) return null;
  return {
    steps: [orgStep(g, best), orgStep(g, target)],
    links: [tieLink(g, best, target)],
    cost: tieCost(g.neighbours(target).get(best)),
  };
}
