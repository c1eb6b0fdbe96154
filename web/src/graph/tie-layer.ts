/**
 * The ties, drawn on a plain 2D canvas under Cytoscape's. Cytoscape spends per edge on style,
 * bounding boxes and drawing; 20,000 ties as edges cost seconds before the first frame, even
 * hidden. Here a tie is two indices, and a frame of all of them is one loop of strokes (each
 * stroked on its own, so overlapping ties darken as Cytoscape's edges do).
 *
 * Ties that need a style of their own (a selection's neighbourhood, a connection path, the gaps
 * overlay) are "promoted": added to Cytoscape as edges with the same ids and data as before, and
 * skipped here. Everything else about edges in the app works on those few Cytoscape edges.
 *
 * While the view moves (pan, zoom, animations) the last frame is moved with a CSS transform and
 * redrawn once it settles, unless a frame is cheap enough to redraw every time.
 */
import type { Collection, Core, NodeSingular } from 'cytoscape';
import { tieElement, type TieModel } from './elements.ts';
import { TIE_STYLE } from './stylesheet.ts';

/** a frame cheaper than this is redrawn on every change of the view */
const LIVE_DRAW_MS = 12;
/** quiet time after the last change of the view before a full redraw */
const SETTLE_MS = 140;

interface DrawnView {
  zoom: number;
  x: number;
  y: number;
}

export class TieLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D | null;
  private model: TieModel | null = null;
  private nodes: NodeSingular[] = [];
  private promoted = new Uint8Array(0);
  private promotedList: number[] = [];
  private visible = false;
  private opacity: number = TIE_STYLE.opacity;
  private drawn: DrawnView | null = null;
  private lastDrawMs = 0;
  private frame = 0;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private readonly onViewport = () => this.viewportChanged();
  private readonly onChange = () => this.schedule();

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
  ) {
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.dataset.layer = 'ties';
    // under Cytoscape's layers: same stacking level, earlier in the document
    Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', transformOrigin: '0 0' });
    container.insertBefore(canvas, container.firstChild);
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    cy.on('viewport', this.onViewport);
    cy.on('position resize', this.onChange);
  }

  /** The ties of the network now in Cytoscape (its nodes must have been added), or none. */
  setModel(model: TieModel | null): void {
    this.model = model;
    this.nodes = model ? model.nodeIds.map((id) => this.cy.getElementById(id) as unknown as NodeSingular) : [];
    this.promoted = new Uint8Array(model?.count ?? 0);
    this.promotedList = [];
    this.opacity = TIE_STYLE.opacity;
    this.schedule();
  }

  get count(): number {
    return this.model?.count ?? 0;
  }

  get tieModel(): TieModel | null {
    return this.model;
  }

  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    this.schedule();
  }

  get isVisible(): boolean {
    return this.visible;
  }

  setOpacity(opacity: number): void {
    if (opacity === this.opacity) return;
    this.opacity = opacity;
    this.schedule();
  }

  /**
   * Makes exactly these ties Cytoscape edges (the rest drawn here); returns the edges it added,
   * for the caller to give them the classes of the moment.
   */
  promote(wanted: Set<number>): Collection {
    const cy = this.cy;
    const model = this.model;
    if (!model) return cy.collection();
    const gone = this.promotedList.filter((i) => !wanted.has(i));
    const fresh = [...wanted].filter((i) => this.promoted[i] !== 1 && i >= 0 && i < model.count);
    if (gone.length === 0 && fresh.length === 0) return cy.collection();
    let added = cy.collection();
    cy.batch(() => {
      for (const i of gone) {
        cy.getElementById(model.ids[i]!).remove();
        this.promoted[i] = 0;
      }
      if (fresh.length) added = cy.add(fresh.map((i) => tieElement(model, i)));
      for (const i of fresh) this.promoted[i] = 1;
    });
    this.promotedList = [...wanted].filter((i) => this.promoted[i] === 1);
    this.schedule();
    return added;
  }

  /** Straight lines of the ties drawn here, in model coordinates (for the SVG download). */
  lines(): { x1: number; y1: number; x2: number; y2: number }[] {
    if (!this.model || !this.visible) return [];
    const { xs, ys } = this.positions();
    const { source, target, count } = this.model;
    const out = [];
    for (let i = 0; i < count; i++) {
      if (this.promoted[i]) continue;
      const s = source[i]!;
      const t = target[i]!;
      out.push({ x1: xs[s]!, y1: ys[s]!, x2: xs[t]!, y2: ys[t]! });
    }
    return out;
  }

  get style(): { colour: string; width: number; opacity: number } {
    return { colour: TIE_STYLE.colour, width: TIE_STYLE.width, opacity: this.opacity };
  }

  /** Draws the ties onto a context whose transform maps model coordinates (PNG download). */
  drawTo(ctx: CanvasRenderingContext2D, view?: { x1: number; y1: number; x2: number; y2: number }): void {
    if (!this.model || !this.visible) return;
    const { xs, ys } = this.positions();
    const { source, target, count } = this.model;
    ctx.save();
    ctx.strokeStyle = TIE_STYLE.colour;
    ctx.lineWidth = TIE_STYLE.width;
    ctx.globalAlpha = this.opacity;
    for (let i = 0; i < count; i++) {
      if (this.promoted[i]) continue;
      const ax = xs[source[i]!]!;
      const ay = ys[source[i]!]!;
      const bx = xs[target[i]!]!;
      const by = ys[target[i]!]!;
      // off screen: not worth a stroke
      if (view && (Math.max(ax, bx) < view.x1 || Math.min(ax, bx) > view.x2 || Math.max(ay, by) < view.y1 || Math.min(ay, by) > view.y2)) continue;
      ctx.beginPath();
      ctx.moveTo(ax, ay);
      ctx.lineTo(bx, by);
      ctx.stroke();
    }
    ctx.restore();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.settle);
    this.cy.off('viewport', this.onViewport);
    this.cy.off('position resize', this.onChange);
    this.canvas.remove();
  }

  private positions(): { xs: Float64Array; ys: Float64Array } {
    const n = this.nodes.length;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = this.nodes[i]!.position();
      xs[i] = p.x;
      ys[i] = p.y;
    }
    return { xs, ys };
  }

  /** a redraw on the next frame (several calls, one draw) */
  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private viewportChanged(): void {
    if (!this.visible || !this.drawn || this.lastDrawMs <= LIVE_DRAW_MS) {
      this.schedule();
      return;
    }
    // move the last frame along with the view; redraw when the view stops moving
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const k = zoom / this.drawn.zoom;
    this.canvas.style.transform = `matrix(${k}, 0, 0, ${k}, ${pan.x - k * this.drawn.x}, ${pan.y - k * this.drawn.y})`;
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.schedule(), SETTLE_MS);
  }

  private draw(): void {
    const start = performance.now();
    const { canvas, ctx, cy } = this;
    clearTimeout(this.settle);
    if (!ctx) return;
    // one canvas pixel per CSS pixel, as Cytoscape is set up (pixelRatio: 1)
    const width = Math.max(0, Math.round(cy.width()));
    const height = Math.max(0, Math.round(cy.height()));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    canvas.style.transform = '';
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const zoom = cy.zoom();
    const pan = cy.pan();
    this.drawn = { zoom, x: pan.x, y: pan.y };
    if (!this.visible || !this.model || width === 0 || height === 0) return;
    ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    this.drawTo(ctx, { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (width - pan.x) / zoom, y2: (height - pan.y) / zoom });
    this.lastDrawMs = performance.now() - start;
  }
}
