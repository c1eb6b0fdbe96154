/** Turns an API network into Cytoscape element definitions, with size by degree and sector colour. */
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

export function buildElements(network: Network, options: BuildOptions): ElementDefinition[] {
  const deg = degrees(network);
  const measure = options.measure ?? deg;
  let max = 0;
  for (const v of measure.values()) max = Math.max(max, v);
  const styles = options.styles ?? sectorStyles(network.nodes.flatMap((n) => (n.sectorId ? [n.sectorId] : [])));
  const ids = new Set(network.nodes.map((n) => n.id));
  const areaOf = new Map(network.nodes.map((n) => [n.id, n.areaIds]));
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
  for (const edge of network.edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target) || edge.source === edge.target) continue;
    // ties inside one area are laid out shorter and stiffer, so local networks form visible clusters
    const a = areaOf.get(edge.source) ?? [];
    const b = areaOf.get(edge.target) ?? [];
    const local = a.some((x) => b.includes(x));
    out.push({ group: 'edges', data: { id: `e:${edge.id}`, source: edge.source, target: edge.target, kind: edge.kind, local } });
  }
  return out;
}
