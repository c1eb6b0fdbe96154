/**
 * The evaluator report as one self-contained HTML page that prints well on A4 (print CSS, page
 * breaks between sections, table headers repeated). Every value is escaped; every figure sits next
 * to its definition. Cells carry data-* attributes with the raw numbers so tests and scripts can
 * read the figures without parsing formatted text.
 */
import { METRIC_DEFINITIONS } from '../domain/metric-definitions.ts';
import type { ReportData } from '../services/reports.ts';
import { html, raw, type Raw } from './escape.ts';
import { networkSvg, type SvgEdge } from './network-svg.ts';
import { STRINGS } from './strings.ts';

const CSS = `
  @page { size: A4; margin: 16mm 14mm 18mm; }
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; font-size: 10.5pt; line-height: 1.45; margin: 0 auto; max-width: 190mm; padding: 12mm 0; }
  h1 { font-size: 20pt; margin: 0 0 2mm; color: #174a7c; }
  h2 { font-size: 14pt; color: #174a7c; border-bottom: 1px solid #174a7c; padding-bottom: 1mm; margin: 8mm 0 3mm; break-after: avoid; page-break-after: avoid; }
  h3 { font-size: 11.5pt; margin: 5mm 0 2mm; break-after: avoid; }
  p.meta { color: #444; margin: 0 0 1mm; }
  p.definition, td.definition { color: #444; font-size: 9pt; }
  table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  th, td { border: 1px solid #b8c2cc; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
  th { background: #e8eef4; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  td.up { color: #0a6b2b; } td.down { color: #a11a1a; }
  section { break-inside: auto; }
  section.figure { break-inside: avoid; page-break-inside: avoid; }
  section.page { break-before: page; page-break-before: always; }
  .network-svg { border: 1px solid #d0d7de; max-height: 150mm; }
  ul.legend { list-style: none; padding: 0; margin: 2mm 0; display: flex; flex-wrap: wrap; gap: 2mm 5mm; font-size: 9pt; }
  ul.legend li { display: flex; align-items: center; gap: 1.5mm; }
  .swatch { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  ul.compact { margin: 1mm 0 3mm; padding-left: 5mm; columns: 2; font-size: 9.5pt; }
  nav ol { margin: 1mm 0 0; }
  .not-available { font-style: italic; color: #444; }
  @media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;

export function renderReportHtml(data: ReportData): string {
  const lang = data.language;
  const s = STRINGS[lang];
  const locale = lang === 'cy' ? 'cy-GB' : 'en-GB';
  const intFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, minimumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, signDisplay: 'exceptZero' });
  const fmt = (n: number | null | undefined, integer = false) => (n === null || n === undefined ? s.notApplicable : integer ? intFmt.format(n) : decFmt.format(n));
  const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = (iso: string) => dateFmt.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  const named = (x: { name: string; nameCy: string | null } | undefined, fallback: string) => (x ? (lang === 'cy' && x.nameCy ? x.nameCy : x.name) : fallback);
  const sectorName = (id: string) => named(data.sectors.get(id), id);
  const scopeName = lang === 'cy' && data.scope.nameCy ? data.scope.nameCy : data.scope.name;
  const { comparison: c } = data;
  const nodeName = new Map([...c.from.subnetwork.nodes, ...c.to.subnetwork.nodes].map((n) => [n.id, lang === 'cy' && n.nameCy ? n.nameCy : n.name]));
  const definitionOf = (metric: string): { text: string; reference: string } => {
    if (metric === 'organisations') return { text: s.organisationsDefinition, reference: '' };
    if (metric === 'ties') return { text: s.tiesDefinition, reference: '' };
    const d = METRIC_DEFINITIONS.find((x) => x.metric === metric);
    return d ? { text: d[lang], reference: d.reference } : { text: '', reference: '' };
  };

  // ---- picture
  const pairKey = (a: string, b: string) => [a, b].sort().join('|');
  const toPairs = new Set(c.to.subnetwork.edges.map((e) => pairKey(e.source, e.target)));
  const fromPairs = new Set(c.from.subnetwork.edges.map((e) => pairKey(e.source, e.target)));
  const svgEdges: SvgEdge[] = [];
  const drawn = new Set<string>();
  for (const e of c.to.subnetwork.edges) {
    const key = pairKey(e.source, e.target);
    if (drawn.has(key)) continue;
    drawn.add(key);
    svgEdges.push({ id: e.id, source: e.source, target: e.target, status: fromPairs.has(key) ? 'kept' : 'appeared' });
  }
  for (const e of c.from.subnetwork.edges) {
    const key = pairKey(e.source, e.target);
    if (toPairs.has(key) || drawn.has(key)) continue;
    drawn.add(key);
    svgEdges.push({ id: e.id, source: e.source, target: e.target, status: 'ended' });
  }
  const appearedPairs = svgEdges.filter((e) => e.status === 'appeared').length;
  const endedPairs = svgEdges.filter((e) => e.status === 'ended').length;
  const groupNames = new Map([...data.sectors.values()].map((x) => [x.id, named(x, x.id)]));
  const picture = networkSvg(
    c.to.subnetwork.nodes.map((n) => ({ id: n.id, name: nodeName.get(n.id) ?? n.id, group: n.sectorId })),
    svgEdges,
    {
      title: s.pictureTitle(scopeName, day(data.to)),
      description: s.pictureDesc(c.to.analysis.organisations, c.to.analysis.ties, appearedPairs, endedPairs),
      groupNames,
    },
  );

  // ---- metrics
  const metricRows = c.metrics.map((m) => {
    const integer = m.metric === 'organisations' || m.metric === 'ties' || m.metric === 'components';
    const d = definitionOf(m.metric);
    const dir = m.change === null || m.change === 0 ? '' : m.change > 0 ? 'up' : 'down';
    return html`<tr data-metric="${m.metric}" data-from="${m.from ?? ''}" data-to="${m.to ?? ''}" data-change="${m.change ?? ''}">
      <th scope="row">${s.metricNames[m.metric] ?? m.metric}</th>
      <td class="num">${fmt(m.from, integer)}</td><td class="num">${fmt(m.to, integer)}</td>
      <td class="num ${dir}">${m.change === null ? s.notApplicable : signed.format(m.change)}</td>
      <td class="definition">${d.text}</td></tr>`;
  });

  const edgeLabel = (e: { source: string; target: string; kind: string }) => `${nodeName.get(e.source) ?? e.source} – ${nodeName.get(e.target) ?? e.target} (${e.kind.replace(/_/g, ' ')})`;
  const list = (items: string[], testid: string) =>
    items.length ? html`<ul class="compact" data-testid="${testid}" data-count="${items.length}">${items.map((x) => html`<li>${x}</li>`)}</ul>` : html`<p data-testid="${testid}" data-count="0">${s.none}</p>`;

  // ---- cross-sector pairs
  const pairRows = data.sectorPairs.map(
    (p) => html`<tr data-pair="${p.a}|${p.b}" data-from="${p.from}" data-to="${p.to}">
      <th scope="row">${sectorName(p.a)} – ${sectorName(p.b)}</th><td class="num">${fmt(p.from, true)}</td><td class="num">${fmt(p.to, true)}</td>
      <td class="num">${signed.format(p.to - p.from)}</td></tr>`,
  );

  // ---- representation
  const repTotals = data.representation.reduce(
    (t, r) => ({ seats: t.seats + r.seats, held: t.held + r.held, vacant: t.vacant + r.vacant, third: t.third + r.thirdSectorSeats, thirdHeld: t.thirdHeld + r.thirdSectorHeld }),
    { seats: 0, held: 0, vacant: 0, third: 0, thirdHeld: 0 },
  );
  const repRows = data.representation.map(
    (r) => html`<tr data-body="${r.id}" data-seats="${r.seats}" data-held="${r.held}" data-vacant="${r.vacant}" data-third-sector="${r.thirdSectorSeats}" data-third-sector-held="${r.thirdSectorHeld}">
      <th scope="row">${named(r, r.id)}</th><td class="num">${fmt(r.seats, true)}</td><td class="num">${fmt(r.held, true)}</td>
      <td class="num">${fmt(r.vacant, true)}</td><td class="num">${fmt(r.thirdSectorSeats, true)} (${fmt(r.thirdSectorHeld, true)})</td></tr>`,
  );

  // ---- gaps
  let gapsSection: Raw;
  if (!data.gaps.available) {
    gapsSection = html`<p class="not-available" data-testid="gaps-not-available">${s.gapsNotAvailable}</p>`;
  } else {
    const report = data.gaps.report;
    const counted = report.counts.filter((x) => x.count > 0);
    gapsSection = html`${data.gaps.areaName ? html`<p>${s.gapsForArea(data.gaps.areaName)}</p>` : ''}
      ${counted.length
        ? html`<table data-testid="gap-counts" data-total="${report.gaps.length}"><thead><tr><th scope="col">${s.gapType}</th><th scope="col" class="num">${s.count}</th></tr></thead><tbody>
          ${counted.map((x) => html`<tr data-gap-type="${x.type}" data-count="${x.count}"><th scope="row">${x.type.replace(/_/g, ' ')}</th><td class="num">${fmt(x.count, true)}</td></tr>`)}
          <tr><th scope="row">${s.total}</th><td class="num">${fmt(report.gaps.length, true)}</td></tr></tbody></table>
          <h3>${s.topGaps}</h3>
          <table><thead><tr><th scope="col">${s.severity}</th><th scope="col">${s.definition}</th></tr></thead><tbody>
          ${report.gaps.slice(0, 12).map((g) => html`<tr data-gap="${g.id}"><td>${s.severities[g.severity] ?? g.severity}</td><td>${g.explanation[lang]}</td></tr>`)}
          </tbody></table>`
        : html`<p data-testid="gap-counts" data-total="0">${s.noGaps}</p>`}`;
  }

  // ---- introductions
  const introTotal = data.introductions.reduce((t, r) => t + r.count, 0);
  const introSection = data.introductions.length
    ? html`<table data-testid="introductions" data-total="${introTotal}"><thead><tr><th scope="col">${s.status}</th><th scope="col" class="num">${s.count}</th></tr></thead><tbody>
      ${data.introductions.map((r) => html`<tr data-status="${r.status}" data-count="${r.count}"><th scope="row">${s.statuses[r.status] ?? r.status}</th><td class="num">${fmt(r.count, true)}</td></tr>`)}
      <tr><th scope="row">${s.total}</th><td class="num">${fmt(introTotal, true)}</td></tr></tbody></table>`
    : html`<p data-testid="introductions" data-total="0">${s.noIntroductions}</p>`;

  const fromDay = day(data.from);
  const toDay = day(data.to);
  const definitions = c.metrics.map((m) => {
    const d = definitionOf(m.metric);
    return html`<tr><th scope="row">${s.metricNames[m.metric] ?? m.metric}</th><td>${d.text}</td><td>${d.reference}</td></tr>`;
  });

  const page = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s.title}: ${scopeName} (${data.from} – ${data.to})</title>
<style>${raw(CSS)}</style>
</head>
<body data-scope="${data.scope.key}" data-from="${data.from}" data-to="${data.to}" data-language="${lang}">
<header>
  <h1>${s.title}</h1>
  <p class="meta"><strong>${s.subtitle(scopeName, fromDay, toDay)}</strong></p>
  <p class="meta">${s.generated}: ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC · ${s.dataVersion}: ${c.to.dataVersion}</p>
</header>
<nav aria-label="${s.contents}"><ol>
  <li><a href="#picture">${s.picture}</a></li><li><a href="#metrics">${s.metrics}</a></li><li><a href="#changes">${s.changes}</a></li>
  <li><a href="#cross-sector">${s.crossSector}</a></li><li><a href="#representation">${s.representation}</a></li>
  <li><a href="#gaps">${s.gaps}</a></li><li><a href="#introductions">${s.introductions}</a></li><li><a href="#definitions">${s.definitions}</a></li>
</ol></nav>
<main>
<section class="figure" id="picture" aria-labelledby="h-picture">
  <h2 id="h-picture">${s.picture}</h2>
  <figure style="margin:0">${raw(picture)}<figcaption class="definition">${s.pictureNote(toDay, fromDay)}</figcaption></figure>
</section>
<section class="page" id="metrics" aria-labelledby="h-metrics">
  <h2 id="h-metrics">${s.metrics}</h2>
  <table data-testid="metrics"><thead><tr><th scope="col">${s.metric}</th><th scope="col" class="num">${s.atFrom(fromDay)}</th><th scope="col" class="num">${s.atTo(toDay)}</th><th scope="col" class="num">${s.change}</th><th scope="col">${s.definition}</th></tr></thead>
  <tbody>${metricRows}</tbody></table>
</section>
<section id="changes" aria-labelledby="h-changes">
  <h2 id="h-changes">${s.changes}</h2>
  <h3>${s.appeared} (${fmt(c.appeared.length, true)})</h3>${list(c.appeared.map(edgeLabel), 'appeared')}
  <h3>${s.ended} (${fmt(c.ended.length, true)})</h3>${list(c.ended.map(edgeLabel), 'ended')}
  <h3>${s.joined} (${fmt(c.joined.length, true)})</h3>${list(c.joined.map((id) => nodeName.get(id) ?? id), 'joined')}
  <h3>${s.left} (${fmt(c.left.length, true)})</h3>${list(c.left.map((id) => nodeName.get(id) ?? id), 'left')}
  <h3>${s.byOrigin}</h3>
  <p class="definition">${s.originDefinition}</p>
  <table data-testid="origins"><thead><tr><th scope="col">${s.origin}</th><th scope="col" class="num">${s.atFrom(fromDay)}</th><th scope="col" class="num">${s.atTo(toDay)}</th></tr></thead><tbody>
  ${data.tiesByOrigin.map((o) => html`<tr data-origin="${o.origin}" data-from="${o.from}" data-to="${o.to}"><th scope="row">${o.origin}</th><td class="num">${fmt(o.from, true)}</td><td class="num">${fmt(o.to, true)}</td></tr>`)}
  </tbody></table>
</section>
<section id="cross-sector" aria-labelledby="h-cross">
  <h2 id="h-cross">${s.crossSector}</h2>
  <p class="definition">${s.crossSectorDefinition}</p>
  ${pairRows.length
    ? html`<table data-testid="sector-pairs"><thead><tr><th scope="col">${s.sectorPair}</th><th scope="col" class="num">${s.atFrom(fromDay)}</th><th scope="col" class="num">${s.atTo(toDay)}</th><th scope="col" class="num">${s.change}</th></tr></thead><tbody>${pairRows}</tbody></table>`
    : html`<p data-testid="sector-pairs">${s.noCrossSector}</p>`}
</section>
<section id="representation" aria-labelledby="h-rep">
  <h2 id="h-rep">${s.representation}</h2>
  <p class="definition">${s.representationDefinition} (${toDay})</p>
  ${repRows.length
    ? html`<table data-testid="representation" data-seats="${repTotals.seats}" data-held="${repTotals.held}" data-vacant="${repTotals.vacant}" data-third-sector="${repTotals.third}" data-third-sector-held="${repTotals.thirdHeld}">
      <thead><tr><th scope="col">${s.body}</th><th scope="col" class="num">${s.seats}</th><th scope="col" class="num">${s.held}</th><th scope="col" class="num">${s.vacant}</th><th scope="col" class="num">${s.thirdSector}</th></tr></thead>
      <tbody>${repRows}<tr><th scope="row">${s.total}</th><td class="num">${fmt(repTotals.seats, true)}</td><td class="num">${fmt(repTotals.held, true)}</td><td class="num">${fmt(repTotals.vacant, true)}</td><td class="num">${fmt(repTotals.third, true)} (${fmt(repTotals.thirdHeld, true)})</td></tr></tbody></table>`
    : html`<p data-testid="representation" data-seats="0">${s.noBodies}</p>`}
</section>
<section id="gaps" aria-labelledby="h-gaps">
  <h2 id="h-gaps">${s.gaps}</h2>
  <p class="definition">${s.gapsDefinition}</p>
  ${gapsSection}
</section>
<section id="introductions" aria-labelledby="h-intro">
  <h2 id="h-intro">${s.introductions}</h2>
  <p class="definition">${s.introductionsDefinition(fromDay, toDay)}</p>
  ${introSection}
</section>
<section class="page" id="definitions" aria-labelledby="h-defs">
  <h2 id="h-defs">${s.definitions}</h2>
  <p class="definition">${s.definitionsNote}</p>
  <table><thead><tr><th scope="col">${s.metric}</th><th scope="col">${s.definition}</th><th scope="col">${s.reference}</th></tr></thead><tbody>${definitions}</tbody></table>
</section>
</main>
</body>
</html>
`;
  return page.html;
}

