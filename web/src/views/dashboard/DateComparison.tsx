/** Two dates compared (compareNetworks): ties that appeared and ended, and each measure from -> to. */
import { useState, type FormEvent } from 'react';
import { COMPARE_NETWORKS_QUERY, type Grouping } from '../../api/metrics.ts';
import type { NetworkFilter } from '../../api/network.ts';
import { useQuery } from '../../api/use-query.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMetricLabel } from './definitions.tsx';
import { yearsBefore } from './filter.ts';
import { useFigures } from './format.ts';

export function DateComparison({ filter, asOf, by }: { filter: NetworkFilter; asOf: string; by: Grouping }) {
  const { t, n, date } = useI18n();
  const figures = useFigures();
  const label = useMetricLabel();
  const [from, setFrom] = useState(() => yearsBefore(asOf, 1));
  const [to, setTo] = useState(asOf);
  const [compared, setCompared] = useState({ from: yearsBefore(asOf, 1), to: asOf });
  const invalid = !from || !to || from > to;
  const { data, error, loading, reload } = useQuery(COMPARE_NETWORKS_QUERY, { filter, from: compared.from, to: compared.to, by });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!invalid) setCompared({ from, to });
  };
  const comparison = data?.compareNetworks;
  const counts = comparison
    ? ([
        ['appeared', comparison.appeared.length],
        ['ended', comparison.ended.length],
        ['joined', comparison.joined.length],
        ['left', comparison.left.length],
      ] as const)
    : [];

  return (
    <section className="section" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('dashboard.compare.title')}</h2>
      <form className="compare-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="compare-from">{t('dashboard.compare.from')}</label>
          <input
            id="compare-from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? 'compare-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="compare-to">{t('dashboard.compare.to')}</label>
          <input id="compare-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={invalid ? true : undefined} aria-describedby={invalid ? 'compare-error' : undefined} />
        </div>
        <div className="field field-action">
          <button type="submit" className="button" disabled={invalid}>
            {t('dashboard.compare.go')}
          </button>
        </div>
        {invalid && (
          <p id="compare-error" className="field-error" role="alert">
            {t('dashboard.compare.invalid')}
          </p>
        )}
      </form>
      {error && <ErrorNotice message={error.message} onRetry={reload} />}
      <p role="status" className="muted small" data-testid="compare-status">
        {loading ? t('app.loading') : comparison ? t('dashboard.compare.between', { from: date(compared.from), to: date(compared.to) }) : ''}
      </p>
      {comparison && !loading && (
        <div className="compare-result" data-testid="comparison" data-from={compared.from} data-to={compared.to}>
          <dl className="compare-counts">
            {counts.map(([key, value]) => (
              <div key={key}>
                <dt>{t(`dashboard.compare.${key}`)}</dt>
                <dd data-testid={`compare-${key}`} data-value={value}>
                  {n(value)}
                </dd>
              </div>
            ))}
          </dl>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-caption">
            <table className="data-table" data-testid="compare-metrics">
              <caption id="compare-caption">{t('dashboard.compare.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.compare.metric')}</th>
                  <th scope="col" className="num">
                    {t('dashboard.compare.at', { date: date(compared.from) })}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.compare.at', { date: date(compared.to) })}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.compare.change')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {comparison.metrics.map((m) => (
                  <tr key={m.metric} data-metric={m.metric}>
                    <th scope="row">{label(m.metric, by)}</th>
                    <td className="num">{figures.value(m.metric, m.from)}</td>
                    <td className="num">{figures.value(m.metric, m.to)}</td>
                    <td className="num">{figures.change(m.metric, m.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
