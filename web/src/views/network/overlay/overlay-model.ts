/**
 * What the gaps overlay draws, worked out from the gaps shown and the network on screen, with no
 * Cytoscape in sight (the canvas applies it in graph/gap-overlay.ts; the table marks the same rows).
 *
 * "Highlighted" organisations are exactly the organisations the gaps name (their Organisation
 * entities), or, for a gap about a body or a person, the organisations involved. The other side of
 * a structural hole and the end points of suggested bridges are context: outlined, not counted.
 */
import type { Gap } from '../../../api/gaps.ts';
import type { Network } from '../../../api/network.ts';

/** How an organisation is marked; each mark is a Cytoscape class and a legend entry. */
export const OVERLAY_MARKS = ['articulation', 'cut-off', 'community-a', 'community-b', 'bridging', 'isolated', 'named'] as const;
export type OverlayMark = (typeof OVERLAY_MARKS)[number];

export interface GhostEdge {
  id: string;
  source: string;
  target: string;
}

export interface GapOverlay {
  /** organisation id -> its marks */
  marks: Map<string, Set<OverlayMark>>;
  /** organisations named by the gaps (on the canvas): what `data-highlighted` counts */
  highlighted: Set<string>;
  /** articulation points: organisation id -> how many it would cut off */
  cutOff: Map<string, number>;
  /** suggested bridges: drawn dashed, never ties */
  ghosts: GhostEdge[];
  /** ties named by a gap (the few crossing a structural hole), as "source|target" pairs */
  ties: Set<string>;
  /** per gap, the organisations to fit the view on */
  focus: Map<string, string[]>;
}

export const EMPTY_OVERLAY: GapOverlay = { marks: new Map(), highlighted: new Set(), cutOff: new Map(), ghosts: [], ties: new Set(), focus: new Map() };

const ROLE_MARK: Record<string, OverlayMark> = {
  articulation_point: 'articulation',
  cut_off: 'cut-off',
  community_a: 'community-a',
  community_b: 'community-b',
  sector_a: 'community-a',
  sector_b: 'community-b',
  bridging: 'bridging',
  isolate: 'isolated',
  single_tie: 'isolated',
};

export function tieKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function adjacency(network: Network): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const n of network.nodes) adj.set(n.id, new Set());
  for (const e of network.edges) {
    if (e.source === e.target || !adj.has(e.source) || !adj.has(e.target)) continue;
    adj.get(e.source)!.add(e.target);
    adj.get(e.target)!.add(e.source);
  }
  return adj;
}

/** The connected component of `start` on the canvas. */
function componentOf(adj: Map<string, Set<string>>, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const w of adj.get(queue[i]!) ?? []) {
      if (!seen.has(w)) {
        seen.add(w);
        queue.push(w);
      }
    }
  }
  return seen;
}

/**
 * The other side of a structural hole: the rest of the group's part of the network (as the server
 * words it); when the group is a part of its own, the largest other part.
 */
function otherSide(adj: Map<string, Set<string>>, group: Set<string>): Set<string> {
  const first = [...group][0];
  if (first === undefined) return new Set();
  const own = componentOf(adj, first);
  const rest = new Set([...own].filter((id) => !group.has(id)));
  if (rest.size > 0) return rest;
  let best = new Set<string>();
  const seen = new Set(own);
  for (const id of adj.keys()) {
    if (seen.has(id)) continue;
    const part = componentOf(adj, id);
    for (const v of part) seen.add(v);
    if (part.size > best.size) best = part;
  }
  return best;
}

/** The best-connected organisation of `side` that `from` has no tie with yet. */
function hubOf(adj: Map<string, Set<string>>, side: Set<string>, from: string): string | undefined {
  let best: string | undefined;
  let bestDegree = -1;
  const tied = adj.get(from) ?? new Set();
  for (const id of side) {
    if (id === from || tied.has(id)) continue;
    const d = adj.get(id)?.size ?? 0;
    if (d > bestDegree || (d === bestDegree && best !== undefined && id < best)) {
      best = id;
      bestDegree = d;
    }
  }
  return best;
}

/**
 * @param involved for gaps about bodies or people: gap id -> the organisations involved
 */
export function buildOverlay(gaps: Gap[], network: Network, involved: Map<string, string[]> = new Map()): GapOverlay {
  const onCanvas = new Set(network.nodes.map((n) => n.id));
  const marks = new Map<string, Set<OverlayMark>>();
  const highlighted = new Set<string>();
  const cutOff = new Map<string, number>();
  const ghosts = new Map<string, GhostEdge>();
  const ties = new Set<string>();
  const focus = new Map<string, string[]>();
  let adj: Map<string, Set<string>> | undefined;
  const mark = (id: string, m: OverlayMark) => {
    if (!onCanvas.has(id)) return false;
    let set = marks.get(id);
    if (!set) marks.set(id, (set = new Set()));
    set.add(m);
    return true;
  };

  for (const gap of gaps) {
    const named = new Set<string>();
    for (const e of gap.entities) {
      if (e.label === 'Organisation') {
        if (mark(e.key, ROLE_MARK[e.role] ?? 'named')) named.add(e.key);
        if (e.role === 'articulation_point' && gap.cutOffSize != null && onCanvas.has(e.key)) cutOff.set(e.key, gap.cutOffSize);
      } else if (e.label === 'Tie') {
        const [a, b] = e.key.split('|');
        if (a && b) ties.add(tieKey(a, b));
      }
    }
    // a gap about a body or a person: the organisations involved stand in for it
    if (!gap.entities.some((e) => e.label === 'Organisation')) {
      for (const id of involved.get(gap.id) ?? []) if (mark(id, 'named')) named.add(id);
    }
    for (const id of named) highlighted.add(id);
    const context: string[] = [];

    if (gap.type === 'structural_hole') {
      adj ??= adjacency(network);
      const groupA = new Set(gap.entities.filter((e) => e.label === 'Organisation' && e.role === 'community_a' && onCanvas.has(e.key)).map((e) => e.key));
      if (groupA.size > 0) {
        const groupB = otherSide(adj, groupA);
        for (const id of groupB) if (!named.has(id)) mark(id, 'community-b');
        // dashed "ghost" edges: each well-placed organisation into the other side's best-connected member
        for (const b of gap.bridgingOrganisations) {
          if (!onCanvas.has(b.key)) continue;
          const target = hubOf(adj, groupA.has(b.key) ? groupB : groupA, b.key);
          if (!target) continue;
          const id = `ghost:${tieKey(b.key, target)}`;
          if (!ghosts.has(id)) ghosts.set(id, { id, source: b.key, target });
          context.push(target);
        }
      }
    }
    focus.set(gap.id, [...named, ...context]);
  }
  return { marks, highlighted, cutOff, ghosts: [...ghosts.values()], ties, focus };
}

/** The keys a gap about bodies or people needs looked up (none when it names organisations). */
export function lookupsFor(gap: Gap): { bodies: string[]; people: string[] } {
  if (gap.entities.some((e) => e.label === 'Organisation')) return { bodies: [], people: [] };
  const people = gap.entities.filter((e) => e.label === 'Person').map((e) => e.key);
  // the people holding the seats say more than the whole body; without them, the body's organisations
  if (people.length) return { bodies: [], people };
  return { bodies: gap.entities.filter((e) => e.label === 'Body').map((e) => e.key), people: [] };
}
