/**
 * The Cytoscape canvas. One Cytoscape instance lives as long as the component; a new network
 * replaces its elements in one batch, reusing cached positions (preset) when the same filter was
 * laid out before, running fcose otherwise. Timings are left as performance marks and as data
 * attributes on the container (read by the e2e tests and bench/web.ts).
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Network, NetworkNode } from '../api/network.ts';
import { buildElements, previewPositions, type Position } from './elements.ts';
import { cullLabels, watchLabels } from './label-culling.ts';
import { fcoseOptions, runLayout } from './layout.ts';
import type { SectorStyle } from './palette.ts';
import { covers, loadPositions, savePositions } from './position-cache.ts';
import { chooseRenderer, type RendererName } from './renderer.ts';
import { CANVAS_BACKGROUND, networkStylesheet } from './stylesheet.ts';

cytoscape.use(fcose);

export interface NetworkCanvasHandle {
  focus: (id: string) => boolean;
  fit: () => void;
  zoomBy: (factor: number) => void;
}

export interface NetworkCanvasProps {
  network: Network;
  /** names the filter + date, for the position cache */
  cacheKey: string;
  label: (node: NetworkNode) => string;
  styles: Map<string, SectorStyle>;
  selectedId: string | null;
  /** organisations on a connection path: drawn in red with the ties between them */
  pathIds?: string[];
  onSelect: (id: string | null) => void;
  ariaLabel: string;
  layingOutLabel: string;
  ref?: Ref<NetworkCanvasHandle>;
}

type Phase = 'idle' | 'layout' | 'ready';

function mark(name: string): number {
  performance.mark(name);
  return performance.now();
}

function setEdgesVisible(cy: Core, visible: boolean): void {
  cy.style().selector('edge').style('visibility', visible ? 'visible' : 'hidden').update();
}

function highlight(cy: Core, selectedId: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass('faded highlighted neighbour');
    cy.nodes(':selected').unselect();
    if (!selectedId) return;
    const node = cy.getElementById(selectedId);
    if (node.empty()) return;
    const hood = node.closedNeighborhood();
    cy.elements().not(hood).addClass('faded');
    hood.edges().addClass('highlighted');
    hood.nodes().not(node).addClass('neighbour');
    node.select();
  });
}

export function NetworkCanvas(props: NetworkCanvasProps) {
  const { network, cacheKey, label, styles, selectedId, pathIds, onSelect, ariaLabel, layingOutLabel, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const rendererRef = useRef<RendererName>('canvas');
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const [phase, setPhase] = useState<Phase>('idle');

  // Create the instance once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const renderer = chooseRenderer();
    rendererRef.current = renderer;
    const cy = cytoscape({
      container,
      style: networkStylesheet(),
      // the canvas renderer's WebGL mode (cytoscape >= 3.31); top-level rendering hints reach the renderer
      webgl: renderer === 'webgl',
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: false,
      hideEdgesOnViewport: renderer === 'canvas',
      textureOnViewport: false,
      pixelRatio: 1,
    });
    container.dataset.renderer = renderer;
    cy.on('tap', 'node', (event) => onSelectRef.current((event.target as NodeSingular).id()));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    const stopLabels = watchLabels(cy);
    // the container changes size when the side panel opens or the window is resized
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(container);
    cyRef.current = cy;
    return () => {
      stopLabels();
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  // Replace the elements when the network changes.
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    let cancelled = false;
    const t0 = mark('cyswllt:elements-start');
    container.dataset.state = 'layout';
    setPhase('layout');
    const ids = network.nodes.map((n) => n.id);
    const cached = loadPositions(cacheKey);
    const preset = covers(cached, ids);
    const positions = preset ? cached : previewPositions(network.nodes);
    const elements = buildElements(network, { label, styles, positions });
    // until the layout is done, edges are not drawn: a preview with 20,000 lines is noise, and slow
    setEdgesVisible(cy, preset);

    mark('cyswllt:elements-built');
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    mark('cyswllt:elements-added');
    container.dataset.nodeCount = String(cy.nodes().length);
    container.dataset.edgeCount = String(cy.edges().length);

    const finish = () => {
      if (cancelled) return;
      const t = mark('cyswllt:layout-done');
      container.dataset.layoutMs = (t - t0).toFixed(0);
      container.dataset.layout = preset ? 'cached' : 'fcose';
      container.dataset.state = 'ready';
      highlight(cy, selectedRef.current);
      cullLabels(cy);
      setPhase('ready');
    };

    const layout = () => {
      if (cancelled) return;
      if (preset || cy.nodes().length === 0) {
        finish();
        return;
      }
      void runLayout(cy, fcoseOptions(cy.nodes().length)).then(() => {
        if (cancelled) return;
        const laidOut = new Map<string, Position>();
        cy.nodes().forEach((n) => {
          const p = n.position();
          laidOut.set(n.id(), { x: p.x, y: p.y });
        });
        savePositions(cacheKey, laidOut);
        setEdgesVisible(cy, true);
        finish();
      });
    };

    // The cached picture, or the preview disc while fcose works. Cytoscape draws in its own
    // requestAnimationFrame callback, registered before ours, so by our second frame the elements
    // are on screen (both renderers): that is "first render", and only then does the layout,
    // which blocks the main thread, start.
    cy.fit(undefined, 24);
    mark('cyswllt:fitted');
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (cancelled) return;
        const t = mark('cyswllt:first-render');
        container.dataset.firstRenderMs = (t - t0).toFixed(0);
        layout();
      }),
    );
    return () => {
      cancelled = true;
    };
    // label and styles changes are handled below without a new layout
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [network, cacheKey]);

  // Relabel (language switch) and recolour without moving anything.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const byId = new Map(network.nodes.map((n) => [n.id, n]));
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const node = byId.get(n.id());
        if (node) n.data('label', label(node));
      });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && phase === 'ready') {
      highlight(cy, selectedId);
      cullLabels(cy);
    }
  }, [selectedId, phase]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || phase !== 'ready') return;
    const ids = new Set(pathIds ?? []);
    cy.batch(() => {
      cy.elements('.on-path').removeClass('on-path');
      if (ids.size === 0) return;
      cy.nodes().filter((n) => ids.has(n.id())).addClass('on-path');
      cy.edges().filter((e) => ids.has(e.source().id()) && ids.has(e.target().id())).addClass('on-path');
    });
  }, [pathIds, phase]);

  useImperativeHandle(
    ref,
    () => ({
      focus: (id) => {
        const cy = cyRef.current;
        if (!cy) return false;
        const node = cy.getElementById(id);
        if (node.empty()) return false;
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.6) }, { duration: 350 });
        return true;
      },
      fit: () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 24 } }, { duration: 250 }),
      zoomBy: (factor) => {
        const cy = cyRef.current;
        if (!cy) return;
        const zoom = cy.zoom() * factor;
        cy.animate({ zoom: { level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
      },
    }),
    [],
  );

  return (
    <div className="canvas-frame">
      <div
        ref={containerRef}
        className="network-canvas"
        role="img"
        aria-label={ariaLabel}
        data-testid="network-canvas"
      />
      {phase === 'layout' && (
        <div className="canvas-status" role="status">
          <span className="spinner" aria-hidden="true" /> {layingOutLabel}
        </div>
      )}
    </div>
  );
}
