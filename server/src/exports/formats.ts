/**
 * Export formats, as pure functions of ExportData:
 * - CSV: nodes.csv + edges.csv (+ people.csv) with the columns the importer and `cyswllt analyse`
 *   read, so an export re-imports as it is;
 * - GEXF 1.3 (Gephi): node attributes sector, area, kind, themes and the metrics degree,
 *   betweenness, closeness, eigenvector, constraint, community, declared in <attributes>; edge
 *   attributes kind, origin, trust, value, since, until; people as a `contacts` node attribute;
 * - GraphML (UCINET/igraph/networkx): the same attributes as <key>s;
 * - JSON: everything, with a `people` section.
 */
import type { ExportData, ExportNode, ExportPerson } from './collect.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

// ---------- CSV ----------

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

export const NODE_CSV_COLUMNS = ['id', 'name', 'sector', 'area', 'nameCy', 'kind', 'size', 'charityNumber', 'website', 'themes', 'since', 'until'];
export const EDGE_CSV_COLUMNS = ['id', 'source', 'target', 'type', 'origin', 'trust', 'value', 'since', 'until'];

export function nodesCsv(data: ExportData): string {
  const extra = [...new Set(data.nodes.flatMap((n) => Object.keys(n.attributes)))].filter((k) => !NODE_CSV_COLUMNS.includes(k)).sort();
  return csv(
    [...NODE_CSV_COLUMNS, ...extra],
    data.nodes.map((n) => [
      n.id, n.name, n.sectorId, n.areaIds, n.nameCy, n.kind, n.size, n.charityNumber, n.website, n.themeIds, n.since, n.until,
      ...extra.map((k) => n.attributes[k] ?? null),
    ]),
  );
}

export function edgesCsv(data: ExportData): string {
  return csv(EDGE_CSV_COLUMNS, data.edges.map((e) => [e.id, e.source, e.target, e.kind, e.origin, e.trust, e.value, e.since, e.until]));
}

export function peopleCsv(data: ExportData): string {
  if (data.anonymised) {
    return csv(['id', 'role', 'organisation', 'since', 'until', 'seats'], data.people.map((p) => [p.id, p.role, p.organisationId, p.since, p.until, p.seats.map((s) => s.seatId)]));
  }
  return csv(
    ['id', 'name', 'email', 'role', 'organisation', 'since', 'until'],
    data.people.map((p) => [p.id, p.name, p.email, p.role, p.organisationId, p.since, p.until]),
  );
}

// ---------- XML ----------

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function xmlEscape(value: unknown): string {
  return String(value)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type AttrType = 'string' | 'integer' | 'double';
interface AttrDef<T> {
  id: string;
  type: AttrType;
  get: (x: T) => unknown;
}

function contacts(people: ExportPerson[], anonymised: boolean): string | null {
  if (!people.length) return null;
  return people.map((p) => (anonymised || !p.name ? p.role : `${p.name} (${p.role})`)).join('; ');
}

function nodeAttributes(data: ExportData): AttrDef<ExportNode>[] {
  const byOrg = new Map<string, ExportPerson[]>();
  for (const p of data.people) byOrg.set(p.organisationId, [...(byOrg.get(p.organisationId) ?? []), p]);
  return [
    { id: 'nameCy', type: 'string', get: (n) => n.nameCy },
    { id: 'sector', type: 'string', get: (n) => n.sectorId },
    { id: 'area', type: 'string', get: (n) => (n.areaIds.length ? n.areaIds.join(';') : null) },
    { id: 'kind', type: 'string', get: (n) => n.kind },
    { id: 'themes', type: 'string', get: (n) => (n.themeIds.length ? n.themeIds.join(';') : null) },
    { id: 'degree', type: 'integer', get: (n) => n.metrics.degree },
    { id: 'betweenness', type: 'double', get: (n) => n.metrics.betweenness },
    { id: 'closeness', type: 'double', get: (n) => n.metrics.closeness },
    { id: 'eigenvector', type: 'double', get: (n) => n.metrics.eigenvector },
    { id: 'constraint', type: 'double', get: (n) => n.metrics.constraint },
    { id: 'community', type: 'integer', get: (n) => n.metrics.community },
    { id: 'contacts', type: 'string', get: (n) => contacts(byOrg.get(n.id) ?? [], data.anonymised) },
  ];
}

type Edge = ExportData['edges'][number];
const EDGE_ATTRIBUTES: AttrDef<Edge>[] = [
  { id: 'kind', type: 'string', get: (e) => e.kind },
  { id: 'origin', type: 'string', get: (e) => e.origin },
  { id: 'trust', type: 'integer', get: (e) => e.trust },
  { id: 'value', type: 'integer', get: (e) => e.value },
  { id: 'since', type: 'string', get: (e) => e.since },
  { id: 'until', type: 'string', get: (e) => e.until },
];

const present = (v: unknown) => v !== null && v !== undefined && !(typeof v === 'number' && !Number.isFinite(v));

export function gexf(data: ExportData): string {
  const nodeAttrs = nodeAttributes(data);
  const out: string[] = [];
  const attvalues = <T>(defs: AttrDef<T>[], x: T, indent: string) => {
    const values = defs.filter((d) => present(d.get(x)));
    if (!values.length) return;
    out.push(`${indent}<attvalues>`);
    for (const d of values) out.push(`${indent}  <attvalue for="${d.id}" value="${xmlEscape(d.get(x))}"/>`);
    out.push(`${indent}</attvalues>`);
  };
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${data.generatedAt.slice(0, 10)}">`,
    '    <creator>Cyswllt</creator>',
    `    <description>${xmlEscape(`Partnership network as of ${data.asOf}${data.anonymised ? ' (anonymised)' : ''}`)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    ...nodeAttrs.map((d) => `      <attribute id="${d.id}" title="${d.id}" type="${d.type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRIBUTES.map((d) => `      <attribute id="${d.id}" title="${d.id}" type="${d.type}"/>`),
    '    </attributes>',
    '    <nodes>',
  );
  for (const n of data.nodes) {
    out.push(`      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name)}">`);
    attvalues(nodeAttrs, n, '        ');
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of data.edges) {
    out.push(`      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    attvalues(EDGE_ATTRIBUTES, e, '        ');
    out.push('      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

const GRAPHML_TYPE: Record<AttrType, string> = { string: 'string', integer: 'int', double: 'double' };

export function graphml(data: ExportData): string {
  const nodeAttrs: AttrDef<ExportNode>[] = [{ id: 'name', type: 'string', get: (n) => n.name }, ...nodeAttributes(data)];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeAttrs.map((d) => `  <key id="n_${d.id}" for="node" attr.name="${d.id}" attr.type="${GRAPHML_TYPE[d.type]}"/>`),
    ...EDGE_ATTRIBUTES.map((d) => `  <key id="e_${d.id}" for="edge" attr.name="${d.id}" attr.type="${GRAPHML_TYPE[d.type]}"/>`),
    `  <graph id="cyswllt" edgedefault="undirected">`,
    `    <desc>${xmlEscape(`Partnership network as of ${data.asOf}${data.anonymised ? ' (anonymised)' : ''}`)}</desc>`,
  ];
  for (const n of data.nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}">`);
    for (const d of nodeAttrs) if (present(d.get(n))) out.push(`      <data key="n_${d.id}">${xmlEscape(d.get(n))}</data>`);
    out.push('    </node>');
  }
  for (const e of data.edges) {
    out.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    for (const d of EDGE_ATTRIBUTES) if (present(d.get(e))) out.push(`      <data key="e_${d.id}">${xmlEscape(d.get(e))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

export function json(data: ExportData): string {
  return `${JSON.stringify({ format: 'cyswllt-network', version: 1, ...data }, null, 2)}\n`;
}

/** The files of one export: CSV gives nodes.csv, edges.csv and people.csv; the others one file. */
export function renderExport(data: ExportData, format: ExportFormat): ExportFile[] {
  const stem = `cyswllt-network-${data.asOf}${data.anonymised ? '-anonymised' : ''}`;
  switch (format) {
    case 'gexf':
      return [{ filename: `${stem}.gexf`, mimeType: 'application/gexf+xml', content: gexf(data) }];
    case 'graphml':
      return [{ filename: `${stem}.graphml`, mimeType: 'application/graphml+xml', content: graphml(data) }];
    case 'json':
      return [{ filename: `${stem}.json`, mimeType: 'application/json', content: json(data) }];
    case 'csv':
      return [
        { filename: 'nodes.csv', mimeType: 'text/csv', content: nodesCsv(data) },
        { filename: 'edges.csv', mimeType: 'text/csv', content: edgesCsv(data) },
        { filename: 'people.csv', mimeType: 'text/csv', content: peopleCsv(data) },
      ];
  }
}
