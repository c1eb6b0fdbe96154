/** The Cytoscape stylesheet: sizes and colours come from element data computed in elements.ts. */
import type { StylesheetJson } from 'cytoscape';

export const CANVAS_BACKGROUND = '#ffffff';

/**
 * How a plain tie is drawn. Plain ties are not Cytoscape elements: tie-layer.ts draws them on a
 * canvas under Cytoscape's, with these values, and Cytoscape draws only the ties that carry a
 * class (a selection's neighbourhood, a path, the gaps overlay) with the `edge` rules below.
 */
export const TIE_STYLE = {
  colour: '#7b8794',
  width: 1,
  opacity: 0.35,
  /** while an organisation is selected (edge.faded) */
  faded: 0.04,
  /** while the gaps overlay is on (edge.gap-dim) */
  dimmed: 0.1,
} as const;

/**
 * Gaps overlay colours (Legend.tsx draws the same): dark enough for 3:1 against white (WCAG
 * 1.4.11), and told apart by line style and width as well as hue.
 */
export const OVERLAY_COLOURS = {
  articulation: '#c8102e',
  'cut-off': '#c8102e',
  'community-a': '#b35200',
  'community-b': '#0060a8',
  bridging: '#6a3d9a',
  isolated: '#00695c',
  named: '#a0007a',
  ghost: '#6a3d9a',
  tie: '#b35200',
} as const;

function gapOverlayStyles(): StylesheetJson {
  const ring = (colour: string, width: number, style: 'solid' | 'dashed' = 'solid') => ({
    'border-width': width,
    'border-color': colour,
    'border-style': style,
    'z-index': 14,
  });
  const c = OVERLAY_COLOURS;
  return [
    { selector: 'node.gap-dim', style: { opacity: 0.3 } },
    { selector: 'edge.gap-dim', style: { opacity: TIE_STYLE.dimmed } },
    { selector: 'node.gap-community-b', style: ring(c['community-b'], 3) },
    { selector: 'node.gap-community-a', style: ring(c['community-a'], 4) },
    { selector: 'node.gap-named', style: ring(c.named, 4) },
    { selector: 'node.gap-isolated', style: ring(c.isolated, 5) },
    { selector: 'node.gap-cut-off', style: ring(c['cut-off'], 3, 'dashed') },
    { selector: 'node.gap-bridging', style: ring(c.bridging, 5) },
    {
      selector: 'node.gap-articulation',
      style: { ...ring(c.articulation, 7), label: 'data(gapLabel)', 'font-weight': 'bold', 'min-zoomed-font-size': 0, 'z-index': 16 },
    },
    { selector: 'node.gap-highlight', style: { 'z-index': 15 } },
    { selector: 'edge.gap-tie', style: { 'line-color': c.tie, width: 3, opacity: 1 } },
    {
      selector: 'edge.ghost',
      style: {
        'curve-style': 'straight',
        'line-style': 'dashed',
        'line-dash-pattern': [7, 5],
        'line-color': c.ghost,
        width: 2.5,
        opacity: 1,
        'z-index': 16,
      } as never,
    },
  ];
}

/** the nodes that may carry a label (each rule below that sets one) */
const LABELLED = ['node.labelled', 'node.gap-articulation', 'node:selected', 'node[distance = 0]', 'node.on-path'];

export function networkStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      // The look of a label, only on the nodes that can show one: every property a node carries
      // costs style work on each of them, and most of 5,000 organisations show no label.
      selector: LABELLED.join(', '),
      style: {
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        'font-size': 'data(labelSize)',
        // label-culling.ts decides which nodes carry a label; this is the 2D canvas's last resort
        'min-zoomed-font-size': 6,
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
      },
    },
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: TIE_STYLE.width,
        'line-color': TIE_STYLE.colour,
        opacity: TIE_STYLE.opacity,
      },
    },
    { selector: 'node.faded', style: { opacity: 0.15 } },
    { selector: 'node.faded.labelled', style: { label: '' } },
    { selector: 'edge.faded', style: { opacity: TIE_STYLE.faded } },
    { selector: 'edge.highlighted', style: { opacity: 0.9, width: 2, 'line-color': '#1b1f24' } },
    ...gapOverlayStyles(),
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#1b1f24', 'font-weight': 'bold', 'z-index': 10, label: 'data(label)', 'min-zoomed-font-size': 0 },
    },
    { selector: 'node.neighbour', style: { 'border-width': 2, 'border-color': '#1b1f24' } },
    {
      selector: 'node[distance = 0]',
      style: { 'border-width': 5, 'border-color': '#c8102e', label: 'data(label)', 'font-weight': 'bold', 'z-index': 12 },
    },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#c8102e', label: 'data(label)', opacity: 1, 'z-index': 12 } },
    { selector: 'edge.on-path', style: { 'line-color': '#c8102e', width: 3, opacity: 1 } },
    {
      selector: 'node.found',
      style: { 'border-width': 4, 'border-color': '#c8102e', 'z-index': 11 },
    },
  ];
}
