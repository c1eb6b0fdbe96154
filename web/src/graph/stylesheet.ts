/** The Cytoscape stylesheet: sizes and colours come from element data computed in elements.ts. */
import type { StylesheetJson } from 'cytoscape';

export const CANVAS_BACKGROUND = '#ffffff';

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
        label: '',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        'font-size': 'data(labelSize)',
        // label-culling.ts decides which nodes carry a label; this is the 2D canvas's last resort
        'min-zoomed-font-size': 6,
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-wrap': 'none',
      },
    },
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 1,
        'line-color': '#7b8794',
        opacity: 0.35,
      },
    },
    { selector: 'node.faded', style: { opacity: 0.15 } },
    { selector: 'node.faded.labelled', style: { label: '' } },
    { selector: 'edge.faded', style: { opacity: 0.04 } },
    { selector: 'edge.highlighted', style: { opacity: 0.9, width: 2, 'line-color': '#1b1f24' } },
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
