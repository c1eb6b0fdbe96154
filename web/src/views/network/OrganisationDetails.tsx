/**
 * Details from `organisation(key)` for the card: website, charity number, since; then collapsed
 * sections (bodies it belongs to, seats held for it, collaborations, metrics, history) so the card
 * stays short. Metrics are asked for only when their section is opened.
 */
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { useAppData } from '../../api/app-data.tsx';
import { ORGANISATION_METRICS_QUERY, ORGANISATION_QUERY, ORGANISATION_SEATS_QUERY } from '../../api/organisation.ts';
import { useQuery } from '../../api/use-query.ts';
import { hrefFor } from '../../components/router.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';

function Section({ title, count, testId, onOpen, children }: { title: string; count?: number; testId: string; onOpen?: () => void; children: ReactNode }) {
  return (
    <details className="card-section" data-testid={testId} onToggle={(e) => (e.currentTarget.open ? onOpen?.() : undefined)}>
      <summary>
        {title}
        {count !== undefined && <span className="card-count"> ({count})</span>}
      </summary>
      <div className="card-section-body">{children}</div>
    </details>
  );
}

function Metrics({ id, asOf }: { id: string; asOf: string | null }) {
  const { t, n, date } = useI18n();
  const { data, error, loading } = useQuery(ORGANISATION_METRICS_QUERY, { asOf });
  if (error) return <p className="error-text">{t('app.error', { message: error.message })}</p>;
  if (loading || !data) return <p role="status">{t('representation.card.metricsLoading')}</p>;
  const row = data.networkMetrics.nodes.find((m) => m.key === id);
  if (!row) return <p className="muted">{t('representation.card.metricsNone')}</p>;
  const fixed = (v: number | null) => (v == null ? '–' : v.toFixed(3));
  const items: [MessageKey, string][] = [
    ['representation.card.metric.degree', n(row.degree)],
    ['representation.card.metric.betweenness', fixed(row.betweenness)],
    ['representation.card.metric.closeness', fixed(row.closeness)],
    ['representation.card.metric.clustering', fixed(row.clustering)],
    ['representation.card.metric.constraint', fixed(row.constraint)],
    ['representation.card.metric.effectiveSize', fixed(row.effectiveSize)],
    [
      'representation.card.metric.brokerage',
      t('representation.card.metric.brokerageRoles', {
        coordinator: row.brokerage.coordinator,
        itinerant: row.brokerage.itinerant,
        representative: row.brokerage.representative,
        gatekeeper: row.brokerage.gatekeeper,
        liaison: row.brokerage.liaison,
      }),
    ],
  ];
  return (
    <>
      <dl className="facts card-metrics" data-testid="card-metrics">
        {items.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="muted small">
        {t('representation.card.metricsNote', { count: data.networkMetrics.organisations, date: date(data.networkMetrics.asOf) })}{' '}
        <a href={hrefFor('dashboard')}>{t('representation.card.metricsMore')}</a>
      </p>
    </>
  );
}

export function OrganisationDetails({ id, asOf, refresh = 0 }: { id: string; asOf: string | null; refresh?: number }) {
  const { t, date, name } = useI18n();
  const { capabilities } = useAppData();
  const available = !!capabilities?.queries.has('organisation');
  const [metricsOpen, setMetricsOpen] = useState(false);
  // `refresh` changes after a write on the card, so the details are asked for again
  const details = useQuery(ORGANISATION_QUERY, { key: id, asOf }, { skip: !available });
  const seats = useQuery(ORGANISATION_SEATS_QUERY, { key: id, asOf, first: 200 }, { skip: !capabilities?.queries.has('seats') });
  const { reload: reloadDetails } = details;
  const { reload: reloadSeats } = seats;
  const mountedWith = useRef(refresh);
  useEffect(() => {
    if (refresh === mountedWith.current) return;
    reloadDetails();
    reloadSeats();
    // only a new `refresh` asks again; the reload functions change every render
  }, [refresh]);
  const data = details.data;
  const org = data?.organisation?.key === id ? data.organisation : undefined;
  if (!org) return null;
  const seatList = seats.data?.seats.edges.map((e) => e.node) ?? [];
  return (
    <>
      {(org.website || org.charityNumber || org.since) && (
        <dl className="facts">
          {org.website && (
            <>
              <dt>{t('org.website')}</dt>
              <dd>
                <a href={org.website} rel="noopener noreferrer" target="_blank">
                  {org.website.replace(/^https?:\/\//, '')}
                </a>
              </dd>
            </>
          )}
          {org.charityNumber && (
            <>
              <dt>{t('org.charityNumber')}</dt>
              <dd>{org.charityNumber}</dd>
            </>
          )}
          {org.since && (
            <>
              <dt>{t('org.since')}</dt>
              <dd>{date(org.since)}</dd>
            </>
          )}
        </dl>
      )}
      <div className="card-sections">
        <Section title={t('representation.card.memberships')} count={org.memberships.length} testId="card-memberships">
          {org.memberships.length === 0 ? (
            <p className="muted small">{t('representation.card.noMemberships')}</p>
          ) : (
            <ul className="card-list">
              {org.memberships.map((m) => (
                <li key={m.body.key}>
                  {name(m.body.name, m.body.nameCy)}
                  <span className="tie-meta">
                    {[
                      m.since ? t('representation.card.memberSince', { date: date(m.since) }) : null,
                      m.broughtBy ? t('representation.card.broughtBy', { name: name(m.broughtBy.name, m.broughtBy.nameCy) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('representation.card.seats')} count={seats.data?.seats.totalCount} testId="card-seats">
          {!seats.data ? (
            <p className="muted small">{seats.error ? t('app.error', { message: seats.error.message }) : t('app.loading')}</p>
          ) : seatList.length === 0 ? (
            <p className="muted small">{t('representation.card.noSeats')}</p>
          ) : (
            <ul className="card-list">
              {seatList.map((s) => (
                <li key={s.key} data-seat={s.key}>
                  {t(`representation.seatType.${s.seatType}` as MessageKey)} – {name(s.body.name, s.body.nameCy)}
                  <span className="tie-meta">{s.vacant || !s.holder ? t('representation.vacant') : s.holder.name}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('representation.card.collaborations')} count={org.collaborations.length} testId="card-collaborations">
          {org.collaborations.length === 0 ? (
            <p className="muted small">{t('representation.card.noCollaborations')}</p>
          ) : (
            <ul className="card-list">
              {org.collaborations.map((c) => (
                <li key={c.key}>
                  {c.name}
                  <span className="tie-meta">
                    {t('representation.card.partners', {
                      names: c.partners
                        .filter((p) => p.key !== id)
                        .map((p) => name(p.name, p.nameCy))
                        .join(', '),
                    })}
                    {c.since ? ` · ${t('representation.card.from', { date: date(c.since) })}` : ''}
                    {c.themes.length ? ` · ${c.themes.map((th) => th.code).join(', ')}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        {capabilities?.queries.has('networkMetrics') && (
          <Section title={t('representation.card.metrics')} testId="card-metrics-section" onOpen={() => setMetricsOpen(true)}>
            {metricsOpen && <Metrics id={id} asOf={asOf} />}
          </Section>
        )}
        <Section title={t('org.history')} count={org.history.length} testId="card-history">
          {org.history.length === 0 ? (
            <p className="muted small">{t('representation.card.noHistory')}</p>
          ) : (
            <ul className="history-list">
              {org.history.map((c) => (
                <li key={c.key}>
                  {t('org.historyItem', { action: c.action, actor: c.actor, date: date(c.at) })}
                  {c.reason ? <span className="muted"> – {c.reason}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
