/** fcose settings, scaled to the size of the graph. */
import type { Core, EdgeSingular, LayoutOptions } from 'cytoscape';

const isLocal = (edge: EdgeSingular) => edge.data('local') === true;

export function fcoseOptions(nodeCount: number): LayoutOptions {
  const large = nodeCount > 2000;
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

/** Runs a layout and resolves when it stops. */
export function runLayout(cy: Core, options: LayoutOptions): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
