/**
 * Gaps: composition, structure and representation gaps, most severe first, for an area and date.
 * Each links to the network view with the gaps overlay on for it (`#/network?area=X&gap=<id>`).
 */
import { useMemo, useState } from 'react';
import { useAppData, useNames } from '../api/app-data.tsx';
import { missing } from '../api/capabilities.ts';
import { GAP_LIST_QUERY, LISTED_ENTITIES, type GapFamily } from '../api/gaps.ts';
import { useQuery } from '../api/use-query.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { NotAvailable } from '../components/NotAvailable.tsx';
import { hrefFor, type Route, type ViewProps } from '../components/router.ts';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const PAGE = 100;
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

function GapList({ route }: { route: Route }) {
  const { t, n, lang, date, name } = useI18n();
  const { reference } = useAppData();
  const names = useNames();
  const [areaKey, setAreaKey] = useState(route.params.get('area') ?? '');
  const [family, setFamily] = useState<GapFamily | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const { data, error, loading, reload } = useQuery(GAP_LIST_QUERY, { areaKey: areaKey || null });
  const gaps = useMemo(
    () =>
      [...(data?.gaps.gaps ?? [])]
        .filter((g) => !family || g.family === family)
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    [data, family],
  );
  const areas = (reference?.areas ?? []).filter((a) => a.level === 'local_authority');

  return (
    <>
      <form className="filter-bar" aria-label={t('filter.legend')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="gaps-area">{t('gaps.area')}</label>
          <select id="gaps-area" value={areaKey} onChange={(e) => { setAreaKey(e.target.value); setLimit(PAGE); }}>
            <option value="">{t('gaps.wales')}</option>
            {areas.map((a) => (
              <option key={a.key} value={a.key}>{names.area(a.key)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="gaps-family">{t('gaps.kindFilter')}</label>
          <select id="gaps-family" value={family} onChange={(e) => setFamily(e.target.value as GapFamily | '')}>
            <option value="">{t('gaps.family.all')}</option>
            {(['composition', 'representation', 'structure'] as const).map((f) => (
              <option key={f} value={f}>{t(`gaps.family.${f}`)}</option>
            ))}
          </select>
        </div>
      </form>
      {error && <ErrorNotice message={error.message} onRetry={reload} />}
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <p className="summary gaps-summary" role="status" data-testid="gaps-count" data-value={gaps.length}>
            <strong>{t('gaps.count', { count: gaps.length, date: date(data.gaps.asOf) })}</strong>
          </p>
          <div className="table-scroll panel-table" tabIndex={0} role="region" aria-labelledby="gaps-caption">
            <table className="data-table" data-testid="gaps-table">
              <caption id="gaps-caption">{t('gaps.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('gaps.col.severity')}</th>
                  <th scope="col">{t('gaps.col.kind')}</th>
                  <th scope="col">{t('gaps.col.explanation')}</th>
                  <th scope="col">{t('gaps.col.involves')}</th>
                </tr>
              </thead>
              <tbody>
                {gaps.slice(0, limit).map((g) => (
                  <tr key={g.id}>
                    <td>
                      <span className={`severity severity-${g.severity}`}>{t(`gaps.severity.${g.severity}`)}</span>
                    </td>
                    <td>
                      {t(`gaps.family.${g.family}`)}
                      <br />
                      <span className="muted small">{t(`gaps.type.${g.type}`)}</span>
                    </td>
                    <td>
                      {lang === 'cy' ? g.explanation.cy : g.explanation.en}
                      <br />
                      <a className="gaps-map-link" href={hrefFor('network', { area: areaKey || null, gap: g.id })} data-gap-link={g.id}>
                        {t('gaps.link.network')}
                      </a>
                    </td>
                    <td>
                      <ul className="entity-list">
                        {g.entities.map((e, i) => (
                          // an entity can appear twice in one gap (a person holding two of its seats)
                          <li key={`${e.label}-${e.key}-${e.role}-${i}`}>
                            {e.label === 'Organisation' ? (
                              <a href={hrefFor('network', { org: e.key })}>{name(e.name, e.nameCy)}</a>
                            ) : e.nameHidden ? (
                              t('gaps.hiddenPerson')
                            ) : (
                              name(e.name, e.nameCy)
                            )}
                          </li>
                        ))}
                        {g.entityCount > LISTED_ENTITIES && <li className="muted">+{n(g.entityCount - LISTED_ENTITIES)}</li>}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {gaps.length > limit && (
            <p>
              <button type="button" className="button button-secondary" onClick={() => setLimit((l) => l + PAGE)}>
                {t('gaps.showMore', { count: Math.min(PAGE, gaps.length - limit) })}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}

export function GapsView({ route }: ViewProps) {
  const { t } = useI18n();
  const { capabilities } = useAppData();
  const lacking = capabilities ? missing(capabilities, { queries: ['gaps'] }) : [];
  return (
    <div className="view view-gaps">
      <ViewHeader title={t('view.gaps.title')} intro={t('view.gaps.intro')} />
      {!capabilities && <p role="status">{t('app.loading')}</p>}
      {capabilities && (lacking.length ? <NotAvailable needs={lacking} /> : <GapList route={route} />)}
    </div>
  );
}
