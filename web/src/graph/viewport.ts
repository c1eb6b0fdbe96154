/**
 * Fits the view on the organisations from their positions and sizes alone. `cy.fit()` asks every
 * element for its bounding box, which first resolves its whole style: on 5,000 organisations that
 * is most of a second spent before the first frame. Labels are left out, as they are when the
 * network is first drawn (label-culling.ts adds them afterwards).
 */
import type { Core } from 'cytoscape';

export function fitViewport(cy: Core, padding: number, maxZoom = 6): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    // half the size plus the border
    const r = ((node.data('size') as number) ?? 0) / 2 + 1;
    if (x - r < x1) x1 = x - r;
    if (x + r > x2) x2 = x + r;
    if (y - r < y1) y1 = y - r;
    if (y + r > y2) y2 = y + r;
  });
  const width = cy.width();
  const height = cy.height();
  if (!Number.isFinite(x1) || width <= 0 || height <= 0) return;
  const w = Math.max(x2 - x1, 1);
  const h = Math.max(y2 - y1, 1);
  const zoom = Math.min(maxZoom, Math.max(cy.minZoom(), Math.min((width - 2 * padding) / w, (height - 2 * padding) / h)));
  cy.viewport({ zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } });
}
