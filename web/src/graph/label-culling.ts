/**
 * Label culling that works in both renderers. The 2D canvas honours `min-zoomed-font-size`, but the
 * WebGL mode draws every label it is given; so a node carries its label only while its font would
 * render at MIN_LABEL_PX or more at the current zoom (big organisations first). Updated in one
 * batch after zooming settles.
 */
import type { Core } from 'cytoscape';

export const MIN_LABEL_PX = 11;

/** the best-connected organisations keep their label at any zoom, as landmarks */
export const LANDMARKS = 12;

export function cullLabels(cy: Core): void {
  const zoom = cy.zoom();
  const landmarks = new Set(
    cy
      .nodes()
      .sort((a, b) => (b.data('degree') as number) - (a.data('degree') as number))
      .slice(0, LANDMARKS)
      .map((n) => n.id()),
  );
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const fontSize = node.data('fontSize') as number;
      const landmark = landmarks.has(node.id()) || node.selected();
      const visible = fontSize * zoom >= MIN_LABEL_PX || landmark;
      if (visible !== node.hasClass('labelled')) node.toggleClass('labelled', visible);
      // landmarks stay legible when zoomed out: their font grows to MIN_LABEL_PX on screen
      const labelSize = landmark ? Math.max(fontSize, (MIN_LABEL_PX + 1) / zoom) : fontSize;
      if (node.data('labelSize') !== labelSize) node.data('labelSize', labelSize);
    });
  });
}

/** Re-culls after zoom, debounced; returns a function that stops listening. */
export function watchLabels(cy: Core, delayMs = 120): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => cullLabels(cy), delayMs);
  };
  cy.on('zoom', schedule);
  return () => {
    clearTimeout(timer);
    cy.off('zoom', schedule);
  };
}
