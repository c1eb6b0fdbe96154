/**
 * The representation map for CVC staff: for one local authority and date, every body with its
 * seats (holders, on whose behalf, vacancies, last report-back and overdue ones), the bodies x
 * sectors matrix, and the lineage of bodies over time.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import { useAppData, useNames } from '../../api/app-data.tsx';
import { useSignedInUser } from '../../auth/SignInForm.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import type { ViewProps } from '../../components/router.ts';
import { usePermission } from '../../editing/permissions.ts';
import { SignInToEdit } from '../../editing/SignInToEdit.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { BodyLineage } from './BodyLineage.tsx';
import { BodySeats } from './BodySeats.tsx';
import { lineageChains, orderBodies, sectorMatrix } from './model.ts';
import { SectorMatrix } from './SectorMatrix.tsx';
import { useRepresentation } from './use-representation.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function RepresentationMap({ route, navigate }: ViewProps) {
  const { t, date, name, lang } = useI18n();
  const { reference, capabilities } = useAppData();
  const names = useNames();
  const user = useSignedInUser();
  const localAuthorities = useMemo(() => (reference?.areas ?? []).filter((a) => a.level === 'local_authority'), [reference]);
  const fromUrl = route.params.get('area');
  const defaultArea = user?.areaScopes.find((k) => localAuthorities.some((a) => a.key === k)) ?? user?.areaScopes[0] ?? localAuthorities[0]?.key ?? '';
  const areaKey = fromUrl ?? defaultArea;
  const asOfParam = route.params.get('asOf');
  const asOf = asOfParam && ISO_DATE.test(asOfParam) ? asOfParam : null;
  const withOverdue = !!capabilities?.queries.has('gaps');
  const { data, areaKey: loadedArea, error, loading, reload } = useRepresentation(areaKey, asOf, withOverdue);
  const canFill = usePermission('fillSeat', areaKey ? [areaKey] : []);
  const canReport = usePermission('logReportBack', areaKey ? [areaKey] : []);
  const [saved, setSaved] = useState<string | null>(null);

  const collator = useMemo(() => new Intl.Collator(lang === 'cy' ? 'cy' : 'en-GB'), [lang]);
  const ordered = useMemo(
    () => (data ? orderBodies(data.bodies, data.seats, (b) => name(b.name, b.nameCy), collator) : []),
    [data, name, collator],
  );
  const matrix = useMemo(() => sectorMatrix(ordered), [ordered]);
  const chains = useMemo(() => (data ? lineageChains(data.bodies) : []), [data]);
  const vacant = data?.seats.filter((s) => s.vacant).length ?? 0;
  const overdueCount = data?.overdue?.seats.size ?? 0;
  const shownDate = data?.overdue?.asOf ?? asOf;

  // in-page links: the hash holds the route, so move focus and scroll without changing it
  const jump = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    const target = document.getElementById(id);
    target?.scrollIntoView();
    target?.focus();
  };

  const setParams = (changes: { area?: string; asOf?: string | null }) =>
    navigate('representation', { area: changes.area ?? areaKey, asOf: changes.asOf === undefined ? asOf : changes.asOf }, true);

  return (
    <>
      <form className="filter-bar rep-filters" aria-label={t('representation.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="rep-area">{t('representation.area')}</label>
          <select id="rep-area" value={areaKey} onChange={(e) => setParams({ area: e.target.value })}>
            {localAuthorities.map((a) => (
              <option key={a.key} value={a.key}>
                {names.area(a.key)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rep-date">{t('representation.asOf')}</label>
          <input id="rep-date" type="date" value={asOf ?? ''} onChange={(e) => setParams({ asOf: e.target.value || null })} />
        </div>
      </form>
      {(canFill === 'signed-out' || canFill === 'not-allowed') && (
        <SignInToEdit permission={canFill} notAllowed={user?.role === 'coordinator' ? 'representation.edit.cvcOnly' : 'representation.edit.notInScope'} />
      )}
      {error && <ErrorNotice message={error.message} onRetry={reload} />}
      <p className="summary rep-summary" role="status" aria-live="polite" data-testid="representation-summary">
        {loading && t('app.loading')}
        {!loading && data && loadedArea && (
          <>
            <strong>
              {t('representation.summary', {
                area: names.area(loadedArea),
                bodies: data.bodies.length,
                seats: data.seats.length,
                vacant,
              })}
            </strong>{' '}
            {data.overdue && <span>{t('representation.summaryOverdue', { count: overdueCount })} </span>}
            {shownDate && <span className="muted">{t('representation.asOfDate', { date: date(shownDate) })}</span>}
          </>
        )}
      </p>
      <p role="status" className={saved ? 'edit-success' : 'edit-success-empty'} data-testid="representation-status">
        {saved}
      </p>
      {data && (
        <>
          <nav aria-label={t('representation.jump.label')}>
            <ul className="rep-jump">
              <li>
                <a href="#rep-matrix-title" onClick={jump('rep-matrix-title')}>
                  {t('representation.matrix.title')}
                </a>
              </li>
              <li>
                <a href="#rep-lineage-title" onClick={jump('rep-lineage-title')}>
                  {t('representation.lineage.title')}
                </a>
              </li>
            </ul>
          </nav>
          <p className="muted small rep-overdue-rule">
            {!data.overdue
              ? t('representation.overdue.unavailable')
              : data.overdue.months != null
                ? t('representation.overdue.rule', { months: data.overdue.months })
                : t('representation.overdue.ruleUnknown')}
          </p>
          <section className="section" aria-labelledby="rep-bodies-title">
            <h2 id="rep-bodies-title">{t('representation.bodies.title')}</h2>
            {ordered.length === 0 ? (
              <p className="notice notice-info">{t('representation.bodies.none')}</p>
            ) : (
              <div className="rep-bodies" data-testid="rep-bodies" data-count={ordered.length}>
                {ordered.map((entry) => (
                  <BodySeats
                    key={entry.body.key}
                    entry={entry}
                    asOf={asOf}
                    overdue={data.overdue?.seats ?? null}
                    canFill={canFill === 'allowed'}
                    canReport={canReport === 'allowed'}
                    onSaved={(message) => {
                      setSaved(message);
                      reload();
                    }}
                  />
                ))}
              </div>
            )}
          </section>
          <section className="section" aria-labelledby="rep-matrix-title">
            <h2 id="rep-matrix-title" tabIndex={-1}>{t('representation.matrix.title')}</h2>
            <SectorMatrix matrix={matrix} date={shownDate ? date(shownDate) : t('representation.today')} />
          </section>
          <section className="section" aria-labelledby="rep-lineage-title">
            <h2 id="rep-lineage-title" tabIndex={-1}>{t('representation.lineage.title')}</h2>
            <p className="muted small">{t('representation.lineage.intro')}</p>
            <BodyLineage chains={chains} />
          </section>
        </>
      )}
    </>
  );
}
