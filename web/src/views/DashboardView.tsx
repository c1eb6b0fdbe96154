import type { ViewProps } from '../components/router.ts';
/** Evaluator dashboard: per-area counts now; network measures when the metrics API exists. */
import { useMemo } from 'react';
import { useAppData } from '../api/app-data.tsx';
import { missing } from '../api/capabilities.ts';
import { AREA_SUMMARIES_QUERY } from '../api/dashboard.ts';
import { useQuery } from '../api/use-query.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { NotAvailable } from '../components/NotAvailable.tsx';
import { hrefFor } from '../components/router.ts';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { useI18n } from '../i18n/i18n.tsx';

function AreaTable() {
  const { t, n, name, lang, date } = useI18n();
  const { data, error, loading, reload } = useQuery(AREA_SUMMARIES_QUERY, { level: 'local_authority' });
  const rows = useMemo(() => {
    const collator = new Intl.Collator(lang === 'cy' ? 'cy' : 'en-GB');
    return [...(data?.areaSummaries ?? [])].sort((a, b) => collator.compare(name(a.area.name, a.area.nameCy), name(b.area.name, b.area.nameCy)));
  }, [data, lang, name]);
  if (error) return <ErrorNotice message={error.message} onRetry={reload} />;
  if (loading && !data) return <p role="status">{t('app.loading')}</p>;
  const today = new Date().toISOString().slice(0, 10);
  const sum = (k: 'organisations' | 'bodies' | 'seats' | 'vacancies') => rows.reduce((s, r) => s + r[k], 0);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="area-table-caption">
      <table className="data-table" data-testid="area-summaries">
        <caption id="area-table-caption">
          <span className="caption-title">{t('dashboard.areas.title')}</span>
          <span className="caption-note">{t('dashboard.areas.caption', { date: date(today) })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.area')}</th>
            <th scope="col" className="num">{t('dashboard.organisations')}</th>
            <th scope="col" className="num">{t('dashboard.ties')}</th>
            <th scope="col" className="num">{t('dashboard.bodies')}</th>
            <th scope="col" className="num">{t('dashboard.seats')}</th>
            <th scope="col" className="num">{t('dashboard.vacancies')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const areaName = name(r.area.name, r.area.nameCy);
            return (
              <tr key={r.area.key}>
                <th scope="row">
                  <a href={hrefFor('network', { area: r.area.key })} aria-label={t('dashboard.open', { area: areaName })}>
                    {areaName}
                  </a>
                </th>
                <td className="num">{n(r.organisations)}</td>
                <td className="num">{n(r.ties)}</td>
                <td className="num">{n(r.bodies)}</td>
                <td className="num">{n(r.seats)}</td>
                <td className={`num${r.vacancies > 0 ? ' warn' : ''}`}>{n(r.vacancies)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('dashboard.total')}</th>
            <td className="num">{n(sum('organisations'))}</td>
            <td className="num">–</td>
            <td className="num">{n(sum('bodies'))}</td>
            <td className="num">{n(sum('seats'))}</td>
            <td className="num">{n(sum('vacancies'))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function DashboardView(_props: ViewProps) {
  const { t } = useI18n();
  const { capabilities } = useAppData();
  const lackingAreas = capabilities ? missing(capabilities, { queries: ['areaSummaries'] }) : [];
  const lackingMetrics = capabilities ? missing(capabilities, { queries: ['networkMetrics'] }) : [];
  return (
    <div className="view view-dashboard">
      <ViewHeader title={t('view.dashboard.title')} intro={t('view.dashboard.intro')} />
      {!capabilities && <p role="status">{t('app.loading')}</p>}
      {capabilities && (lackingAreas.length ? <NotAvailable needs={lackingAreas} /> : <AreaTable />)}
      {capabilities && (
        <section className="section" aria-labelledby="metrics-title">
          <h2 id="metrics-title">{t('dashboard.metrics.title')}</h2>
          <NotAvailable needs={lackingMetrics} ready={['networkMetrics']} />
        </section>
      )}
    </div>
  );
}
