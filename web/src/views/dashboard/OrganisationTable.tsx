/** Per-organisation metrics: a sortable table, a page at a time, with what each column means below it. */
import { useMemo, useState } from 'react';
import { useNames } from '../../api/app-data.tsx';
import type { OrganisationMetrics } from '../../api/metrics.ts';
import { hrefFor } from '../../components/router.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDefinition, useMetricLabel } from './definitions.tsx';
import { useFigures } from './format.ts';

const PAGE = 25;
const COLUMNS = ['degree', 'betweenness', 'closeness', 'eigenvector', 'clustering', 'constraint', 'effectiveSize', 'brokerage', 'community'] as const;
type Column = (typeof COLUMNS)[number];
type SortKey = 'name' | 'sector' | Column;

function brokerageTotal(o: OrganisationMetrics): number {
  const b = o.brokerage;
  return b.coordinator + b.itinerant + b.representative + b.gatekeeper + b.liaison;
}

function numeric(o: OrganisationMetrics, column: Column): number | null {
  return column === 'brokerage' ? brokerageTotal(o) : o[column];
}

export function OrganisationTable({ nodes }: { nodes: OrganisationMetrics[] }) {
  const { t, lang, n } = useI18n();
  const names = useNames();
  const figures = useFigures();
  const label = useMetricLabel();
  const definition = useDefinition();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'betweenness', descending: true });
  const [page, setPage] = useState(0);

  const rows = useMemo(() => {
    const collator = new Intl.Collator(lang === 'cy' ? 'cy' : 'en-GB');
    const text = (o: OrganisationMetrics) => (sort.key === 'name' ? o.name : names.sector(o.sectorKey));
    const sorted = [...nodes].sort((a, b) => {
      if (sort.key === 'name' || sort.key === 'sector') {
        const c = collator.compare(text(a), text(b));
        return sort.descending ? -c : c;
      }
      const x = numeric(a, sort.key);
      const y = numeric(b, sort.key);
      // not defined (an isolate's constraint) goes last whichever the direction
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
      return (sort.descending ? y - x : x - y) || collator.compare(a.name, b.name);
    });
    return sorted;
  }, [nodes, sort, lang, names]);

  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE, current * PAGE + PAGE);

  const header = (key: SortKey, title: string, numericColumn: boolean) => {
    const active = sort.key === key;
    const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
    return (
      <th scope="col" className={numericColumn ? 'num' : undefined} aria-sort={ariaSort} key={key}>
        <button
          type="button"
          className="sort-button"
          onClick={() => {
            setSort(active ? { key, descending: !sort.descending } : { key, descending: numericColumn });
            setPage(0);
          }}
        >
          {title}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section className="section" aria-labelledby="organisations-title">
      <h2 id="organisations-title">{t('dashboard.organisations.title')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="organisation-metrics-caption">
        <table className="data-table compact-table" data-testid="organisation-metrics">
          <caption id="organisation-metrics-caption">
            <span className="caption-title">{t('dashboard.organisations.caption', { count: rows.length })}</span>
            <span className="caption-note">{t('dashboard.organisations.sortNote')}</span>
          </caption>
          <thead>
            <tr>
              {header('name', t('table.name'), false)}
              {header('sector', t('table.sector'), false)}
              {COLUMNS.map((c) => header(c, label(c), true))}
            </tr>
          </thead>
          <tbody>
            {shown.map((o) => (
              <tr key={o.key} data-id={o.key}>
                <th scope="row">
                  <a href={hrefFor('network', { org: o.key })}>{o.name}</a>
                </th>
                <td>{names.sector(o.sectorKey)}</td>
                {COLUMNS.map((c) => (
                  <td className="num" key={c}>
                    {figures.value(c, numeric(o, c))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label={t('dashboard.organisations.pages')}>
        <button type="button" className="button button-secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
          {t('dashboard.organisations.previous')}
        </button>
        <span role="status" data-testid="organisation-page">
          {t('dashboard.organisations.page', { page: current + 1, pages, from: rows.length ? current * PAGE + 1 : 0, to: current * PAGE + shown.length, total: n(rows.length) })}
        </span>
        <button type="button" className="button button-secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          {t('dashboard.organisations.next')}
        </button>
      </nav>
      <details className="metric-definition">
        <summary>{t('dashboard.organisations.columns')}</summary>
        <dl className="definition-list">
          {COLUMNS.map((c) => {
            const d = definition(c);
            return (
              <div key={c}>
                <dt>{label(c)}</dt>
                <dd>
                  {d?.text ?? ''}
                  {d?.reference && <span className="muted small"> ({d.reference})</span>}
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
    </section>
  );
}
