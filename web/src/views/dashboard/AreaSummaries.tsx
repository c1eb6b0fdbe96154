/** Per-area counts (organisations, ties, bodies, seats, vacancies) for every local authority on a date. */
import { useMemo } from 'react';
import { AREA_SUMMARIES_QUERY } from '../../api/dashboard.ts';
import { useQuery } from '../../api/use-query.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { hrefFor } from '../../components/router.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function AreaSummaries({ asOf }: { asOf: string }) {
  const { t, n, name, lang, date } = useI18n();
  const { data, error, loading, reload } = useQuery(AREA_SUMMARIES_QUERY, { level: 'local_authority', asOf });
  const rows = useMemo(() => {
    const collator = new Intl.Collator(lang === 'cy' ? 'cy' : 'en-GB');
    return [...(data?.areaSummaries ?? [])].sort((a, b) => collator.compare(name(a.area.name, a.area.nameCy), name(b.area.name, b.area.nameCy)));
  }, [data, lang, name]);
  if (error) return <ErrorNotice message={error.message} onRetry={reload} />;
  if (loading && !data) return <p role="status">{t('app.loading')}</p>;
  const sum = (k: 'organisations' | 'bodies' | 'seats' | 'vacancies') => rows.reduce((s, r) => s + r[k], 0);
  return (
    <section className="section" aria-labelledby="area-table-caption">
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="area-table-caption">
        <table className="data-table" data-testid="area-summaries">
          <caption id="area-table-caption">
            <span className="caption-title">{t('dashboard.areas.title')}</span>
            <span className="caption-note">{t('dashboard.areas.caption', { date: date(asOf) })}</span>
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
                    <a href={hrefFor('dashboard', { area: r.area.key, asOf })} aria-label={t('dashboard.areas.open', { area: areaName })}>
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
    </section>
  );
}
