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
import { applyOverlay, tieCount, type CanvasOverlay } from './gap-overlay.ts';
import { cullLabels, watchLabels } from './label-culling.ts';
import { fcoseOptions, runLayout } from './layout.ts';
import { applySizes } from './node-sizes.ts';
import type { SectorStyle } from './palette.ts';
import { covers, loadPositions, savePositions } from './position-cache.ts';
import { chooseRenderer, type RendererName } from './renderer.ts';
import { CANVAS_BACKGROUND, networkStylesheet } from './stylesheet.ts';
import { canvasSvg } from './svg-export.ts';

cytoscape.use(fcose);

export interface NetworkCanvasHandle {
  focus: (id: string) => boolean;
  fit: () => void;
  zoomBy: (factor: number) => void;
  /** fits the view on these organisations (false when none is on the canvas) */
  fitTo: (ids: string[]) => boolean;
  /** the whole network as a PNG on white */
  png: () => Promise<Blob | null>;
  /** the whole network as a standalone SVG document */
  svg: (title: string) => string | null;
}

/**
 * A small read-only hook for the end-to-end tests: what the overlay highlighted and how many ties
 * (ghost edges excluded) are drawn. Nothing else of the canvas is exposed.
 */
export interface CanvasTestHook {
  highlighted: () => string[];
  ghosts: () => [string, string][];
  ties: () => number;
}
declare global {
  interface Window {
    __cyswlltCanvas?: CanvasTestHook;
  }
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
  /** the gaps overlay, or null when it is off */
  overlay?: CanvasOverlay | null;
  /** size by this measure (organisation id -> value); null: by number of ties */
  measure?: Map<string, number> | null;
  /** names the measure, for data-size-by */
  sizeBy?: string;
  /** fit the view on these organisations whenever the list changes (a gap chosen in the overlay) */
  fitOn?: string[] | null;
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
    // ties only: a ghost edge (suggested bridge) does not make a neighbour
    const ties = node.connectedEdges().not('.ghost');
    const hood = ties.union(ties.connectedNodes()).union(node);
    cy.elements().not(hood).addClass('faded');
    hood.edges().addClass('highlighted');
    hood.nodes().not(node).addClass('neighbour');
    node.select();
  });
}

export function NetworkCanvas(props: NetworkCanvasProps) {
  const { network, cacheKey, label, styles, selectedId, pathIds, onSelect, overlay, measure, sizeBy, fitOn, ariaLabel, layingOutLabel, ref } = props;
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
    const hook: CanvasTestHook = {
      highlighted: () => cy.nodes('.gap-highlight').map((n) => n.id()),
      ghosts: () => cy.edges('.ghost').map((e) => [e.source().id(), e.target().id()]),
      ties: () => tieCount(cy),
    };
    window.__cyswlltCanvas = hook;
    return () => {
      stopLabels();
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.__cyswlltCanvas === hook) delete window.__cyswlltCanvas;
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
    container.dataset.edgeCount = String(tieCount(cy));

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
      cy.edges(':not(.ghost)')
        .filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()))
        .addClass('on-path');
    });
  }, [pathIds, phase]);

  // Size by the chosen measure (after a new network too: elements are built sized by ties).
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    // the container's state, not `phase`: in the render that brings a new network, phase is still
    // the old 'ready' while the new elements wait for their layout (ghost edges must not sway it)
    if (!cy || !container || phase !== 'ready' || container.dataset.state !== 'ready') return;
    applySizes(cy, measure ?? null);
    cullLabels(cy);
    container.dataset.sizeBy = measure ? (sizeBy ?? 'measure') : 'degree';
  }, [measure, sizeBy, phase, network]);

  // The gaps overlay: classes and ghost edges, replaced whole on every change.
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container || phase !== 'ready' || container.dataset.state !== 'ready') return;
    const count = applyOverlay(cy, overlay ?? null);
    container.dataset.highlighted = String(count);
    container.dataset.ghostCount = String(cy.edges('.ghost').length);
    container.dataset.overlay = overlay ? 'on' : 'off';
    // the count of ties stays the count of ties
    container.dataset.edgeCount = String(tieCount(cy));
  }, [overlay, phase, network]);

  const fitKey = fitOn?.length ? fitOn.join(' ') : '';
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !fitKey || phase !== 'ready' || containerRef.current?.dataset.state !== 'ready') return;
    const wanted = new Set(fitKey.split(' '));
    const eles = cy.nodes().filter((n) => wanted.has(n.id()));
    if (eles.empty()) return;
    cy.stop();
    // a single organisation would fill the screen: centre it at a readable zoom instead
    if (eles.length === 1) cy.animate({ center: { eles }, zoom: Math.max(cy.zoom(), 1.6) }, { duration: 300 });
    else cy.animate({ fit: { eles, padding: 60 } }, { duration: 300 });
  }, [fitKey, phase, network]);

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
      fitTo: (ids) => {
        const cy = cyRef.current;
        if (!cy) return false;
        const wanted = new Set(ids);
        const eles = cy.nodes().filter((n) => wanted.has(n.id()));
        if (eles.empty()) return false;
        // a single organisation would fill the screen: centre it at a readable zoom instead
        if (eles.length === 1) cy.animate({ center: { eles }, zoom: Math.max(cy.zoom(), 1.6) }, { duration: 300 });
        else cy.animate({ fit: { eles, padding: 60 } }, { duration: 300 });
        return true;
      },
      png: async () => {
        const cy = cyRef.current;
        if (!cy) return null;
        // full: the whole network, not the viewport; capped so a national export stays a sane size
        return cy.png({ full: true, bg: CANVAS_BACKGROUND, output: 'blob-promise', maxWidth: 4096, maxHeight: 4096 });
      },
      svg: (title) => {
        const cy = cyRef.current;
        return cy ? canvasSvg(cy, { title, background: CANVAS_BACKGROUND }) : null;
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
