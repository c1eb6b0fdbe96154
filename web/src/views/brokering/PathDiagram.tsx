/**
 * A small, static Cytoscape diagram of an introducer path: the steps left to right, each drawn by
 * its part (chosen organisation, introducer, suggested partner, shared body) in shape as well as
 * colour, the links labelled with the tie's kind and trust. It is an image: the ordered list beside
 * it says the same in words.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';

export type StepPart = 'focal' | 'introducer' | 'candidate' | 'body';

export interface DiagramNode {
  id: string;
  label: string;
  part: StepPart;
}

export interface DiagramEdge {
  source: string;
  target: string;
  label: string;
}

const PART_STYLE: Record<StepPart, { colour: string; shape: string }> = {
  focal: { colour: '#174a7c', shape: 'round-rectangle' },
  introducer: { colour: '#c8102e', shape: 'diamond' },
  candidate: { colour: '#117733', shape: 'ellipse' },
  body: { colour: '#6b7785', shape: 'hexagon' },
};

const STEP_GAP = 130;

function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        width: 30,
        height: 30,
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        'font-size': 15,
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': '100px',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 3,
        'line-color': '#414b57',
        'curve-style': 'straight',
        label: 'data(label)',
        'font-size': 13,
        color: '#1b1f24',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '3px',
        'text-margin-y': -18,
        'text-wrap': 'wrap',
        'text-max-width': '118px',
      },
    },
  ];
}

function elements(nodes: DiagramNode[], edges: DiagramEdge[]): ElementDefinition[] {
  return [
    ...nodes.map((n, i) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.label, colour: PART_STYLE[n.part].colour, shape: PART_STYLE[n.part].shape },
      position: { x: i * STEP_GAP, y: 0 },
    })),
    ...edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target, label: e.label } })),
  ];
}

export function PathDiagram({ nodes, edges, label }: { nodes: DiagramNode[]; edges: DiagramEdge[]; label: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: stylesheet(),
      layout: { name: 'preset' },
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
    });
    const fit = () => {
      cy.resize();
      cy.fit(undefined, 24);
      // a two-step path would be drawn huge: keep text at its natural size
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
    };
    const resize = new ResizeObserver(fit);
    resize.observe(container);
    cyRef.current = cy;
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  const key = JSON.stringify([nodes, edges]);
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements(nodes, edges));
    });
    cy.fit(undefined, 24);
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
    container.dataset.nodeCount = String(nodes.length);
    container.dataset.state = 'ready';
    // `key` stands for nodes and edges
  }, [key]);

  return <div ref={containerRef} className="path-diagram" role="img" aria-label={label} data-testid="path-diagram" />;
}
