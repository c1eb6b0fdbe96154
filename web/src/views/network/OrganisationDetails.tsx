/** Details from `organisation(key)`: website, charity number, since, and the recorded history. */
import { useAppData } from '../../api/app-data.tsx';
import { ORGANISATION_QUERY } from '../../api/organisation.ts';
import { useQuery } from '../../api/use-query.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function OrganisationDetails({ id, asOf }: { id: string; asOf: string | null }) {
  const { t, date } = useI18n();
  const { capabilities } = useAppData();
  const available = !!capabilities?.queries.has('organisation');
  const { data } = useQuery(ORGANISATION_QUERY, { key: id, asOf }, { skip: !available });
  const org = data?.organisation;
  if (!org) return null;
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
      {org.history.length > 0 && (
        <>
          <h3>{t('org.history')}</h3>
          <ul className="history-list">
            {org.history.slice(0, 5).map((c) => (
              <li key={c.key}>
                {t('org.historyItem', { action: c.action, actor: c.actor, date: date(c.at) })}
                {c.reason ? <span className="muted"> – {c.reason}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
