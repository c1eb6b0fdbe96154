/**
 * The report's network picture, drawn on the server as SVG: a circular layout, organisations
 * ordered by sector then name (so each sector is one arc and the picture is the same every time),
 * node size by degree, ties that appeared since the baseline drawn thick, ties that ended dashed.
 */
import { esc } from './escape.ts';

export interface SvgNode {
  id: string;
  name: string;
  group: string | null;
}

export interface SvgEdge {
  id: string;
  source: string;
  target: string;
  /** 'kept' existed at both dates, 'appeared' only at the later, 'ended' only at the earlier */
  status: 'kept' | 'appeared' | 'ended';
}

/** Okabe-Ito first (colour-blind friendly), then further distinct colours: one per sector, no repeats up to 20. */
export const PALETTE = [
  '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#8C564B', '#BCBD22', '#7F7F7F',
  '#1F3A93', '#9B1B30', '#2E7D32', '#6A1B9A', '#EF6C00', '#00838F', '#AD1457', '#5D4037', '#827717', '#37474F',
];

export function groupColours(groups: (string | null)[]): Map<string, string> {
  const distinct = [...new Set(groups.map((g) => g ?? ''))].sort();
  return new Map(distinct.map((g, i) => [g, PALETTE[i % PALETTE.length]!]));
}

const round = (n: number) => Math.round(n * 10) / 10;

export function networkSvg(nodes: SvgNode[], edges: SvgEdge[], options: { title: string; description: string; groupNames: Map<string, string> }): string {
  const width = 760;
  const height = 560;
  const labels = nodes.length <= 40;
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.min(width, height) / 2 - (labels ? 110 : 30);
  const ordered = [...nodes].sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id));
  const colours = groupColours(ordered.map((n) => n.group));
  const position = new Map<string, { x: number; y: number; angle: number }>();
  ordered.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ordered.length, 1) - Math.PI / 2;
    position.set(n.id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle });
  });
  const degree = new Map<string, number>();
  for (const e of edges) if (e.status !== 'ended') for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="net-title net-desc" class="network-svg">`,
    `<title id="net-title">${esc(options.title)}</title><desc id="net-desc">${esc(options.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  const order = { ended: 0, kept: 1, appeared: 2 } as const;
  for (const e of [...edges].sort((a, b) => order[a.status] - order[b.status] || a.id.localeCompare(b.id))) {
    const a = position.get(e.source);
    const b = position.get(e.target);
    if (!a || !b) continue;
    const style =
      e.status === 'appeared'
        ? 'stroke="#C8102E" stroke-width="2.2"'
        : e.status === 'ended'
          ? 'stroke="#9a9a9a" stroke-width="1.2" stroke-dasharray="4 3"'
          : 'stroke="#5a6b7b" stroke-width="1.2" stroke-opacity="0.8"';
    parts.push(`<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" ${style} data-status="${e.status}"><title>${esc(e.id)}</title></line>`);
  }
  for (const n of ordered) {
    const p = position.get(n.id)!;
    const r = 4 + Math.min(10, Math.sqrt(degree.get(n.id) ?? 0) * 2.5);
    parts.push(`<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${round(r)}" fill="${colours.get(n.group ?? '')}" stroke="#ffffff" stroke-width="1"><title>${esc(n.name)}</title></circle>`);
    if (labels) {
      const lx = cx + (radius + r + 6) * Math.cos(p.angle);
      const ly = cy + (radius + r + 6) * Math.sin(p.angle);
      const anchor = Math.cos(p.angle) < -0.1 ? 'end' : Math.cos(p.angle) > 0.1 ? 'start' : 'middle';
      const text = n.name.length > 26 ? `${n.name.slice(0, 25)}…` : n.name;
      parts.push(`<text x="${round(lx)}" y="${round(ly)}" text-anchor="${anchor}" dominant-baseline="middle" font-size="10" fill="#1a1a1a">${esc(text)}</text>`);
    }
  }
  parts.push('</svg>');
  const legend = [...colours.entries()]
    .map(([g, c]) => `<li><span class="swatch" style="background:${c}"></span>${esc(options.groupNames.get(g) ?? (g || '—'))}</li>`)
    .join('');
  return `${parts.join('')}<ul class="legend">${legend}</ul>`;
}
