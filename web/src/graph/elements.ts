/** Turns an API network into Cytoscape nodes (size by degree, sector colour) and a model of its ties. */
import type { ElementDefinition } from 'cytoscape';
import type { Network, NetworkNode } from '../api/network.ts';
import { sectorStyles, styleForSector, type SectorStyle } from './palette.ts';

export interface Position {
  x: number;
  y: number;
}

export function degrees(network: Network): Map<string, number> {
  const deg = new Map<string, number>();
  for (const n of network.nodes) deg.set(n.id, 0);
  for (const e of network.edges) {
    if (e.source === e.target) continue;
    deg.set(e.source, (deg.get(e.source) ?? 0) + 1);
    deg.set(e.target, (deg.get(e.target) ?? 0) + 1);
  }
  return deg;
}

export const MIN_NODE_SIZE = 10;
export const MAX_NODE_SIZE = 46;

/** Area proportional to the measure: size grows with its square root, so hubs do not swamp the view. */
export function nodeSize(measure: number, max: number): number {
  if (max <= 0) return MIN_NODE_SIZE;
  return Math.round((MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(measure / max)) * 10) / 10;
}

/**
 * A first picture before the layout has run: a sunflower (phyllotaxis) disc, nodes grouped by
 * sector, so the user sees the network's size and mix at once. Costs nothing next to a layout call.
 */
export function previewPositions(nodes: NetworkNode[]): Map<string, Position> {
  const order = [...nodes].sort((a, b) => (a.sectorId ?? '').localeCompare(b.sectorId ?? ''));
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out = new Map<string, Position>();
  order.forEach((node, i) => {
    const r = 14 * Math.sqrt(i + 0.5);
    out.set(node.id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  return out;
}

export interface BuildOptions {
  label: (node: NetworkNode) => string;
  /** the per-node measure that sets size; degree by default */
  measure?: Map<string, number>;
  positions?: Map<string, Position>;
  styles?: Map<string, SectorStyle>;
}

/**
 * The organisations as Cytoscape nodes. Ties are not among them: they live in a TieModel, drawn by
 * tie-layer.ts, and only the few that need a style of their own become Cytoscape edges.
 */
export function buildElements(network: Network, options: BuildOptions): ElementDefinition[] {
  const deg = degrees(network);
  const measure = options.measure ?? deg;
  let max = 0;
  for (const v of measure.values()) max = Math.max(max, v);
  const styles = options.styles ?? sectorStyles(network.nodes.flatMap((n) => (n.sectorId ? [n.sectorId] : [])));
  const out: ElementDefinition[] = [];
  for (const node of network.nodes) {
    const size = nodeSize(measure.get(node.id) ?? 0, max);
    const { colour, shape } = styleForSector(styles, node.sectorId);
    const position = options.positions?.get(node.id);
    out.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: options.label(node),
        colour,
        shape,
        size,
        // bigger organisations keep their label at lower zoom
        fontSize: Math.round(8 + size / 4),
        labelSize: Math.round(8 + size / 4),
        degree: deg.get(node.id) ?? 0,
        // ego networks: hops from the centre
        ...('distance' in node && typeof node.distance === 'number' ? { distance: node.distance } : {}),
      },
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
    });
  }
  return out;
}

/** The ties of a network by node index, with what the layout, the tie layer and lookups need. */
export interface TieModel {
  count: number;
  /** Cytoscape element id of each tie ("e:<tie id>") */
  ids: string[];
  kinds: string[];
  /** node indices into nodeIds */
  source: Int32Array;
  target: Int32Array;
  /** 1 when both ends share an area: laid out shorter and stiffer */
  local: Uint8Array;
  nodeIds: string[];
  nodeIndex: Map<string, number>;
  /** tie indices by node index */
  byNode: number[][];
  /** tie indices by "a|b" with a < b (the gaps overlay names ties this way) */
  byPair: Map<string, number[]>;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function buildTieModel(network: Network): TieModel {
  const nodeIds = network.nodes.map((n) => n.id);
  const nodeIndex = new Map(nodeIds.map((id, i) => [id, i]));
  const kept = network.edges.filter((e) => e.source !== e.target && nodeIndex.has(e.source) && nodeIndex.has(e.target));
  const source = new Int32Array(kept.length);
  const target = new Int32Array(kept.length);
  const local = new Uint8Array(kept.length);
  const byNode: number[][] = nodeIds.map(() => []);
  const byPair = new Map<string, number[]>();
  const areas = network.nodes.map((n) => n.areaIds);
  kept.forEach((edge, i) => {
    const s = nodeIndex.get(edge.source)!;
    const t = nodeIndex.get(edge.target)!;
    source[i] = s;
    target[i] = t;
    // ties inside one area are laid out shorter and stiffer, so local networks form visible clusters
    const b = areas[t]!;
    local[i] = areas[s]!.some((x) => b.includes(x)) ? 1 : 0;
    byNode[s]!.push(i);
    byNode[t]!.push(i);
    const key = pairKey(edge.source, edge.target);
    const same = byPair.get(key);
    if (same) same.push(i);
    else byPair.set(key, [i]);
  });
  return {
    count: kept.length,
    ids: kept.map((e) => `e:${e.id}`),
    kinds: kept.map((e) => e.kind),
    source,
    target,
    local,
    nodeIds,
    nodeIndex,
    byNode,
    byPair,
  };
}

/** A tie as a Cytoscape edge, for the few that are drawn by Cytoscape. */
export function tieElement(model: TieModel, i: number): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: model.ids[i]!,
      source: model.nodeIds[model.source[i]!]!,
      target: model.nodeIds[model.target[i]!]!,
      kind: model.kinds[i],
      local: model.local[i] === 1,
    },
  };
}
