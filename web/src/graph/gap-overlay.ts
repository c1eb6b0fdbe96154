/**
 * Puts the gaps overlay on the canvas: Cytoscape classes on organisations and ties, and dashed
 * "ghost" edges (class `ghost`) for suggested bridges. Everything happens in one batch; clearing
 * removes exactly what applying added, so ghost edges never outlive the overlay nor count as ties.
 * The ties it names must already be Cytoscape edges (NetworkCanvas promotes them from the tie
 * layer first); the ties left in the layer are dimmed there as a whole.
 */
import type { Core } from 'cytoscape';
import { dropClasses } from './classes.ts';

export interface CanvasOverlay {
  /** organisation id -> overlay marks (each becomes the class `gap-<mark>`) */
  marks: Map<string, Set<string>>;
  /** the organisations the gaps name: class `gap-highlight`, counted in data-highlighted */
  highlighted: Set<string>;
  /** articulation points: id -> label shown on the ring ("PAVS · cuts off 6") */
  ringLabels: Map<string, string>;
  ghosts: { id: string; source: string; target: string }[];
  /** ties named by a gap, "a|b" with a < b */
  ties: Set<string>;
}

const MARK_CLASSES = ['articulation', 'cut-off', 'community-a', 'community-b', 'bridging', 'isolated', 'named'].map((m) => `gap-${m}`);
const NODE_CLASSES = ['gap-highlight', 'gap-dim', ...MARK_CLASSES];

export function clearOverlay(cy: Core): void {
  cy.batch(() => {
    cy.edges('.ghost').remove();
    dropClasses(cy.nodes(), NODE_CLASSES);
    // only where set: removing data announces a change on every node it touches
    cy.nodes('[gapLabel]').removeData('gapLabel');
    dropClasses(cy.edges(), ['gap-tie', 'gap-dim']);
  });
}

/** True when applying this overlay marks anything (otherwise the canvas is left as without one). */
export function overlayShown(overlay: CanvasOverlay | null | undefined): overlay is CanvasOverlay {
  return !!overlay && (overlay.marks.size > 0 || overlay.ghosts.length > 0);
}

/** Applies an overlay (replacing any earlier one); returns how many organisations it highlighted. */
export function applyOverlay(cy: Core, overlay: CanvasOverlay | null): number {
  clearOverlay(cy);
  if (!overlayShown(overlay)) return 0;
  let highlighted = 0;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const marks = overlay.marks.get(node.id());
      if (!marks) {
        node.addClass('gap-dim');
        return;
      }
      node.addClass([...marks].map((m) => `gap-${m}`).join(' '));
      if (overlay.highlighted.has(node.id())) {
        node.addClass('gap-highlight');
        highlighted++;
      }
      const ring = overlay.ringLabels.get(node.id());
      if (ring) node.data('gapLabel', ring);
    });
    cy.edges().forEach((edge) => {
      const a = edge.source().id();
      const b = edge.target().id();
      edge.addClass(overlay.ties.has(a < b ? `${a}|${b}` : `${b}|${a}`) ? 'gap-tie' : 'gap-dim');
    });
    const ghosts = overlay.ghosts.filter((g) => !cy.getElementById(g.source).empty() && !cy.getElementById(g.target).empty());
    cy.add(ghosts.map((g) => ({ group: 'edges' as const, data: { id: g.id, source: g.source, target: g.target }, classes: 'ghost' })));
  });
  return highlighted;
}
