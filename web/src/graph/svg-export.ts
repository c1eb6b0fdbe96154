/**
 * The whole canvas as a standalone SVG, drawn from each element's computed Cytoscape style (so the
 * sector colours, sizes, labels and the gaps overlay come out as on screen), over the plain ties
 * of the tie layer. Written here rather than with cytoscape-svg, whose GPL-3.0 licence does not
 * fit this MIT project; shapes are the three the palette uses.
 */
import type { Core, NodeSingular } from 'cytoscape';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
const px = (v: string | undefined) => Number.parseFloat(v ?? '0') || 0;
const r1 = (v: number) => Math.round(v * 10) / 10;

function nodeShape(node: NodeSingular, attrs: string): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  switch (node.style('shape') as string) {
    case 'round-rectangle':
    case 'roundrectangle':
    case 'rectangle':
      return `<rect x="${r1(x - w / 2)}" y="${r1(y - h / 2)}" width="${r1(w)}" height="${r1(h)}" rx="${r1(Math.min(w, h) / 4)}" ${attrs}/>`;
    case 'diamond':
      return `<polygon points="${r1(x)},${r1(y - h / 2)} ${r1(x + w / 2)},${r1(y)} ${r1(x)},${r1(y + h / 2)} ${r1(x - w / 2)},${r1(y)}" ${attrs}/>`;
    default:
      return `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(w / 2)}" ry="${r1(h / 2)}" ${attrs}/>`;
  }
}

/** The ties drawn outside Cytoscape (tie-layer.ts): plain lines under every Cytoscape element. */
export interface SvgTies {
  lines: { x1: number; y1: number; x2: number; y2: number }[];
  colour: string;
  width: number;
  opacity: number;
}

export function canvasSvg(cy: Core, options: { title: string; background?: string; ties?: SvgTies }): string {
  const box = cy.elements().boundingBox({ includeLabels: true });
  const pad = 20;
  const x0 = r1(box.x1 - pad);
  const y0 = r1(box.y1 - pad);
  const w = r1(box.w + 2 * pad);
  const h = r1(box.h + 2 * pad);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${w} ${h}" width="${w}" height="${h}" role="img">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="${options.background ?? '#ffffff'}"/>`,
    '<g stroke-linecap="round">',
  ];
  const ties = options.ties;
  if (ties && ties.lines.length) {
    out.push(`<g stroke="${ties.colour}" stroke-width="${ties.width}" stroke-opacity="${ties.opacity}">`);
    for (const l of ties.lines) out.push(`<line x1="${r1(l.x1)}" y1="${r1(l.y1)}" x2="${r1(l.x2)}" y2="${r1(l.y2)}"/>`);
    out.push('</g>');
  }
  // ghost edges after ties, as on screen
  const edges = cy.edges().sort((a, b) => Number(a.hasClass('ghost')) - Number(b.hasClass('ghost')));
  edges.forEach((edge) => {
    if (edge.style('visibility') === 'hidden' || edge.style('display') === 'none') return;
    const s = edge.source().position();
    const t = edge.target().position();
    const dashed = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="7 5"' : '';
    out.push(
      `<line x1="${r1(s.x)}" y1="${r1(s.y)}" x2="${r1(t.x)}" y2="${r1(t.y)}" stroke="${edge.style('line-color') as string}" stroke-width="${px(edge.style('width') as string)}" stroke-opacity="${edge.style('opacity') as string}"${dashed}/>`,
    );
  });
  out.push('</g><g>');
  const labels: string[] = [];
  cy.nodes()
    .sort((a, b) => px(a.style('z-index') as string) - px(b.style('z-index') as string))
    .forEach((node) => {
      const border = px(node.style('border-width') as string);
      const dashed = node.style('border-style') === 'dashed' ? ' stroke-dasharray="4 3"' : '';
      const attrs = `fill="${node.style('background-color') as string}" fill-opacity="${node.style('opacity') as string}" stroke="${node.style('border-color') as string}" stroke-width="${border}" stroke-opacity="${node.style('opacity') as string}"${dashed}`;
      out.push(nodeShape(node, attrs));
      const label = node.style('label') as string;
      if (label) {
        const { x, y } = node.position();
        const size = px(node.style('font-size') as string);
        const weight = node.style('font-weight') === 'bold' ? ' font-weight="bold"' : '';
        labels.push(
          `<text x="${r1(x)}" y="${r1(y + node.height() / 2 + 3 + size)}" font-size="${r1(size)}" text-anchor="middle"${weight}>${escapeXml(label)}</text>`,
        );
      }
    });
  out.push('</g>');
  if (labels.length) {
    out.push('<g font-family="system-ui, sans-serif" fill="#1b1f24" stroke="#ffffff" stroke-width="2" paint-order="stroke">', ...labels, '</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}
