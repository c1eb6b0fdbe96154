/**
 * The Cytoscape canvas. One Cytoscape instance lives as long as the component; it holds the
 * organisations, while the ties are drawn by a TieLayer under it (only the few ties with a style of
 * their own become Cytoscape edges). A new network replaces the nodes in one batch, at cached
 * positions (preset) when the same filter was laid out before; otherwise a preview is drawn at
 * once and fcose runs in a Web Worker, so the page stays responsive. Timings are left as
 * performance marks and as data attributes on the container (read by the e2e tests and
 * bench/web.ts).
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Network, NetworkNode } from '../api/network.ts';
import { dropClasses } from './classes.ts';
import { buildElements, buildTieModel, pairKey, previewPositions, type Position, type TieModel } from './elements.ts';
import { applyOverlay, overlayShown, type CanvasOverlay } from './gap-overlay.ts';
import { cullLabels, watchLabels } from './label-culling.ts';
import { layOut } from './layout-client.ts';
import { LARGE_NETWORK } from './layout.ts';
import { applySizes } from './node-sizes.ts';
import type { SectorStyle } from './palette.ts';
import { covers, loadPositions, savePositions } from './position-cache.ts';
import { chooseRenderer, type RendererName } from './renderer.ts';
import { CANVAS_BACKGROUND, networkStylesheet, TIE_STYLE } from './stylesheet.ts';
import { canvasSvg } from './svg-export.ts';
import { TieLayer } from './tie-layer.ts';
import { fitViewport } from './viewport.ts';

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

/** the size of the PNG download, at most (a national export stays a sane size) */
const PNG_MAX = 4096;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Cytoscape draws in its own requestAnimationFrame callback, so by our second frame it has drawn. */
const drawn = async () => {
  await nextFrame();
  await nextFrame();
};

/**
 * While the view moves, the 2D canvas renderer can move a picture of the last frame instead of
 * redrawing thousands of organisations on every frame. Cytoscape reads this hint once, at start,
 * and the size of the network is not known then, so it is set on the renderer directly.
 */
function moveTextureWhilePanning(cy: Core, on: boolean): void {
  const renderer = (cy as unknown as { renderer: () => { textureOnViewport?: boolean } | undefined }).renderer();
  if (renderer && 'textureOnViewport' in renderer) renderer.textureOnViewport = on;
}

/** The ties that must be Cytoscape edges now: a selection's, a path's, the overlay's. */
function wantedTies(model: TieModel, selectedId: string | null, pathIds: string[] | undefined, overlay: CanvasOverlay | null | undefined): Set<number> {
  const wanted = new Set<number>();
  const selected = selectedId ? model.nodeIndex.get(selectedId) : undefined;
  if (selected !== undefined) for (const i of model.byNode[selected]!) wanted.add(i);
  if (pathIds && pathIds.length > 1) {
    const onPath = new Set(pathIds.map((id) => model.nodeIndex.get(id)).filter((i): i is number => i !== undefined));
    for (const n of onPath) {
      for (const i of model.byNode[n]!) if (onPath.has(model.source[i]!) && onPath.has(model.target[i]!)) wanted.add(i);
    }
  }
  if (overlayShown(overlay)) {
    for (const key of overlay.ties) for (const i of model.byPair.get(key) ?? []) wanted.add(i);
  }
  return wanted;
}

/** Fades all but the selected organisation's neighbourhood; returns whether anything is selected. */
function highlight(cy: Core, selectedId: string | null): boolean {
  let shown = false;
  cy.batch(() => {
    dropClasses(cy.elements(), ['faded', 'highlighted', 'neighbour']);
    cy.nodes(':selected').unselect();
    if (!selectedId) return;
    const node = cy.getElementById(selectedId);
    if (node.empty()) return;
    shown = true;
    // ties only: a ghost edge (suggested bridge) does not make a neighbour
    const ties = node.connectedEdges().not('.ghost');
    const hood = ties.union(ties.connectedNodes()).union(node);
    cy.elements().not(hood).addClass('faded');
    hood.edges().addClass('highlighted');
    hood.nodes().not(node).addClass('neighbour');
    node.select();
  });
  return shown;
}

/** What the canvas shows now, so ties promoted later get the same classes as their neighbours. */
interface Shown {
  selected: string | null;
  path: Set<string> | null;
  overlay: CanvasOverlay | null;
}

/**
 * Promotes the ties the current selection, path and overlay need (and demotes the rest), gives
 * the new edges the classes of what is shown, and sets how strongly the layer draws the others:
 * as edge.gap-dim while the overlay is on, as edge.faded while an organisation is selected.
 */
function syncTies(cy: Core, layer: TieLayer, selectedId: string | null, pathIds: string[] | undefined, overlay: CanvasOverlay | null | undefined, shown: Shown): void {
  const model = layer.tieModel;
  if (!model) return;
  const added = layer.promote(wantedTies(model, selectedId, pathIds, overlay));
  if (added.nonempty()) {
    cy.batch(() => {
      added.forEach((edge) => {
        const s = edge.source().id();
        const t = edge.target().id();
        if (shown.selected) edge.addClass(s === shown.selected || t === shown.selected ? 'highlighted' : 'faded');
        if (shown.path?.has(s) && shown.path.has(t)) edge.addClass('on-path');
        if (shown.overlay) edge.addClass(shown.overlay.ties.has(pairKey(s, t)) ? 'gap-tie' : 'gap-dim');
      });
    });
  }
  layer.setOpacity(shown.overlay ? TIE_STYLE.dimmed : shown.selected ? TIE_STYLE.faded : TIE_STYLE.opacity);
}

export function NetworkCanvas(props: NetworkCanvasProps) {
  const { network, cacheKey, label, styles, selectedId, pathIds, onSelect, overlay, measure, sizeBy, fitOn, ariaLabel, layingOutLabel, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layerRef = useRef<TieLayer | null>(null);
  const rendererRef = useRef<RendererName>('canvas');
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const pathRef = useRef(pathIds);
  pathRef.current = pathIds;
  const overlayRef = useRef(overlay);
  overlayRef.current = overlay;
  const shownRef = useRef<Shown>({ selected: null, path: null, overlay: null });
  const [phase, setPhase] = useState<Phase>('idle');

  /** promotes and demotes ties for what the props ask for now */
  const sync = (cy: Core, layer: TieLayer) => syncTies(cy, layer, selectedRef.current, pathRef.current, overlayRef.current, shownRef.current);

  const showSelection = (cy: Core, layer: TieLayer) => {
    sync(cy, layer);
    shownRef.current.selected = highlight(cy, selectedRef.current) ? selectedRef.current : null;
    sync(cy, layer);
    cullLabels(cy);
  };

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
      motionBlur: false,
      pixelRatio: 1,
    });
    container.dataset.renderer = renderer;
    const layer = new TieLayer(cy, container);
    cy.on('tap', 'node', (event) => onSelectRef.current((event.target as NodeSingular).id()));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    const stopLabels = watchLabels(cy);
    // the container changes size when the side panel opens or the window is resized
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(container);
    cyRef.current = cy;
    layerRef.current = layer;
    const hook: CanvasTestHook = {
      highlighted: () => cy.nodes('.gap-highlight').map((n) => n.id()),
      ghosts: () => cy.edges('.ghost').map((e) => [e.source().id(), e.target().id()]),
      ties: () => layer.count,
    };
    window.__cyswlltCanvas = hook;
    return () => {
      stopLabels();
      resize.disconnect();
      layer.destroy();
      cy.destroy();
      cyRef.current = null;
      layerRef.current = null;
      if (window.__cyswlltCanvas === hook) delete window.__cyswlltCanvas;
    };
  }, []);

  // Replace the elements when the network changes.
  useEffect(() => {
    const cy = cyRef.current;
    const layer = layerRef.current;
    const container = containerRef.current;
    if (!cy || !layer || !container) return;
    let cancelled = false;
    const abort = new AbortController();
    const t0 = mark('cyswllt:elements-start');
    container.dataset.state = 'layout';
    setPhase('layout');
    const ids = network.nodes.map((n) => n.id);
    const cached = loadPositions(cacheKey);
    const preset = covers(cached, ids);
    const positions = preset ? cached : previewPositions(network.nodes);
    const elements = buildElements(network, { label, styles, positions });
    const ties = buildTieModel(network);
    mark('cyswllt:elements-built');

    // fcose starts at once, in a worker, while the main thread draws the preview
    const laidOut =
      preset || ids.length === 0
        ? null
        : layOut(
            { ids: ties.nodeIds, sizes: Float64Array.from(elements, (e) => e.data.size as number), source: ties.source, target: ties.target, local: ties.local },
            abort.signal,
          );
    // handled below, or dropped on purpose when cancelled first
    laidOut?.catch(() => undefined);

    shownRef.current = { selected: null, path: null, overlay: null };
    layer.setModel(null);
    if (rendererRef.current === 'canvas') moveTextureWhilePanning(cy, ids.length > LARGE_NETWORK);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    layer.setModel(ties);
    // until the layout is done, ties are not drawn: a preview with 20,000 lines is noise
    layer.setVisible(preset);
    mark('cyswllt:elements-added');
    container.dataset.nodeCount = String(cy.nodes().length);
    container.dataset.edgeCount = String(ties.count);
    fitViewport(cy, 24);
    mark('cyswllt:fitted');

    const finish = (how: string) => {
      if (cancelled) return;
      const t = mark('cyswllt:layout-done');
      container.dataset.layoutMs = (t - t0).toFixed(0);
      container.dataset.layout = how;
      container.dataset.state = 'ready';
      showSelection(cy, layer);
      setPhase('ready');
    };

    const place = (result: Float64Array) => {
      const placed = new Map<string, Position>();
      ids.forEach((id, i) => placed.set(id, { x: result[2 * i]!, y: result[2 * i + 1]! }));
      cy.batch(() => {
        cy.nodes().positions((node) => placed.get(node.id()) ?? node.position());
      });
      savePositions(cacheKey, placed);
      fitViewport(cy, 24);
      layer.setVisible(true);
    };

    // The cached picture, or the preview disc while fcose works: "first render".
    void (async () => {
      await drawn();
      if (cancelled) return;
      const t = mark('cyswllt:first-render');
      container.dataset.firstRenderMs = (t - t0).toFixed(0);
      if (!laidOut) {
        finish(preset ? 'cached' : 'fcose');
        return;
      }
      let result: Float64Array;
      try {
        result = await laidOut;
      } catch (error) {
        if (cancelled) return;
        // the preview stays: better a picture by sector than none
        console.warn('layout failed', error);
        layer.setVisible(true);
        await drawn();
        finish('preview');
        return;
      }
      if (cancelled) return;
      place(result);
      await drawn();
      finish('fcose');
    })();
    return () => {
      cancelled = true;
      abort.abort();
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
        // setting data restyles the node even when the value is the same (as on the first render)
        const text = node ? label(node) : undefined;
        if (text !== undefined && n.data('label') !== text) n.data('label', text);
      });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label]);

  useEffect(() => {
    const cy = cyRef.current;
    const layer = layerRef.current;
    if (cy && layer && phase === 'ready') showSelection(cy, layer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, phase]);

  useEffect(() => {
    const cy = cyRef.current;
    const layer = layerRef.current;
    if (!cy || !layer || phase !== 'ready') return;
    sync(cy, layer);
    const ids = new Set(pathIds ?? []);
    shownRef.current.path = ids.size ? ids : null;
    cy.batch(() => {
      dropClasses(cy.elements(), ['on-path']);
      if (ids.size === 0) return;
      cy.nodes().filter((n) => ids.has(n.id())).addClass('on-path');
      cy.edges(':not(.ghost)')
        .filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()))
        .addClass('on-path');
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
    const layer = layerRef.current;
    const container = containerRef.current;
    if (!cy || !layer || !container || phase !== 'ready' || container.dataset.state !== 'ready') return;
    // the ties the overlay names become Cytoscape edges first, so it can mark them
    sync(cy, layer);
    const count = applyOverlay(cy, overlay ?? null);
    shownRef.current.overlay = overlayShown(overlay) ? overlay : null;
    sync(cy, layer);
    container.dataset.highlighted = String(count);
    container.dataset.ghostCount = String(cy.edges('.ghost').length);
    container.dataset.overlay = overlay ? 'on' : 'off';
    // the count of ties stays the count of ties
    container.dataset.edgeCount = String(layer.count);
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
        const layer = layerRef.current;
        if (!cy || !layer) return null;
        // full: the whole network, not the viewport; capped so a national export stays a sane size
        return networkPng(cy, layer);
      },
      svg: (title) => {
        const cy = cyRef.current;
        const layer = layerRef.current;
        if (!cy || !layer) return null;
        return canvasSvg(cy, { title, background: CANVAS_BACKGROUND, ties: { lines: layer.lines(), ...layer.style } });
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

/**
 * The whole network as a PNG on white: Cytoscape's picture of its elements (transparent), over
 * the tie layer's ties drawn at the same scale and offset as Cytoscape uses for a full picture.
 */
async function networkPng(cy: Core, layer: TieLayer): Promise<Blob | null> {
  const options = { full: true, output: 'blob-promise', maxWidth: PNG_MAX, maxHeight: PNG_MAX } as const;
  if (!layer.isVisible || layer.count === 0) return cy.png({ ...options, bg: CANVAS_BACKGROUND });
  const picture = await createImageBitmap(await cy.png(options));
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = CANVAS_BACKGROUND;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // as Cytoscape's full picture: its bounding box, scaled to fit PNG_MAX in both directions
  const bb = cy.elements().boundingBox();
  const scale = Math.min(PNG_MAX / Math.ceil(bb.w), PNG_MAX / Math.ceil(bb.h));
  ctx.setTransform(scale, 0, 0, scale, -bb.x1 * scale, -bb.y1 * scale);
  layer.drawTo(ctx);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(picture, 0, 0);
  picture.close();
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
