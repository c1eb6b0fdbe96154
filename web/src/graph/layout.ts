/**
 * fcose settings, scaled to the size of the graph, and the layout itself run on a headless
 * Cytoscape instance of its own: in a Web Worker (layout-client.ts), or on the main thread when
 * workers are unavailable. The visible instance never holds the ties, so it could not lay them out.
 */
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

const isLocal = (edge: EdgeSingular) => edge.data('local') === true;

/** above this many organisations, fcose drafts and the canvas moves a texture while the view moves */
export const LARGE_NETWORK = 2000;

export function fcoseOptions(nodeCount: number): LayoutOptions {
  const large = nodeCount > LARGE_NETWORK;
  return {
    name: 'fcose',
    quality: large ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 24,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: (edge: EdgeSingular) => (isLocal(edge) ? 45 : 160),
    edgeElasticity: (edge: EdgeSingular) => (isLocal(edge) ? 0.45 : 0.08),
    nestingFactor: 0.1,
    gravity: 0.3,
    gravityRange: 3.8,
    numIter: large ? 1200 : 2500,
    tile: true,
    tilingPaddingVertical: 12,
    tilingPaddingHorizontal: 12,
  } as LayoutOptions;
}

/** What a layout needs: nodes by index with their drawn size, ties as index pairs. */
export interface LayoutInput {
  ids: string[];
  sizes: Float64Array;
  source: Int32Array;
  target: Int32Array;
  local: Uint8Array;
}

/** x, y of each node in input order */
export type LayoutPositions = Float64Array;

/**
 * Node dimensions as on screen (the size plus the 1px border on each side), so fcose keeps
 * the same spacing it had when it ran on the visible instance.
 */
const LAYOUT_STYLE = [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'border-width': 1, label: '' } }];

/** Runs fcose synchronously on a headless instance: call it from a worker. */
export function computeLayout(input: LayoutInput): LayoutPositions {
  const elements: ElementDefinition[] = [];
  input.ids.forEach((id, i) => elements.push({ group: 'nodes', data: { id, size: input.sizes[i] } }));
  for (let i = 0; i < input.source.length; i++) {
    elements.push({
      group: 'edges',
      data: { id: `t${i}`, source: input.ids[input.source[i]!]!, target: input.ids[input.target[i]!]!, local: input.local[i] === 1 },
    });
  }
  // fit is the caller's business: a headless instance has no viewport
  const options = { ...fcoseOptions(input.ids.length), fit: false } as LayoutOptions & { quality: string };
  // the draft (spectral) layout never reads node sizes, so it can skip styles (a second on 25,000 elements)
  const sized = options.quality !== 'draft';
  const cy: Core = cytoscape({ headless: true, styleEnabled: sized, ...(sized ? { style: LAYOUT_STYLE as never } : {}), elements });
  const out = new Float64Array(input.ids.length * 2);
  try {
    const layout = cy.layout(options);
    // without animation, fcose sets every position before run() returns
    layout.run();
    input.ids.forEach((id, i) => {
      const p = cy.getElementById(id).position();
      out[2 * i] = p.x;
      out[2 * i + 1] = p.y;
    });
  } finally {
    cy.destroy();
  }
  return out;
}
