/**
 * #/audit: who changed what, when and why, with the before and after of each write. Read-only: the
 * app has no way to edit or delete a Change. Admins see every write; others see their own.
 */
import { useState } from 'react';
import { AUDIT_LOG_QUERY } from '../../api/audit.ts';
import { useQuery } from '../../api/use-query.ts';
import { useSignedInUser } from '../../auth/SignInForm.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { hrefFor, type ViewProps } from '../../components/router.ts';
import { ViewHeader } from '../../components/ViewHeader.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const PAGE = 50;

function Json({ label, text }: { label: string; text: string | null }) {
  if (!text) return null;
  let shown = text;
  try {
    shown = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // not JSON: show as stored
  }
  return (
    <details>
      <summary>{label}</summary>
      <pre className="audit-json">{shown}</pre>
    </details>
  );
}

export function AuditView({ route }: ViewProps) {
  const { t, date } = useI18n();
  const user = useSignedInUser();
  const [entityType, setEntityType] = useState(route.params.get('type') ?? '');
  const [after, setAfter] = useState<string | null>(null);
  const { data, error, loading, reload } = useQuery(AUDIT_LOG_QUERY, { entityType: entityType || null, after, first: PAGE }, { skip: !user });

  return (
    <div className="view view-audit">
      <ViewHeader title={t('audit.title')} intro={t(user?.role === 'admin' ? 'audit.introAdmin' : 'audit.introOwn')} />
      {!user ? (
        <p>
          <a href={hrefFor('sign-in', { next: '#/audit' })}>{t('auth.signIn')}</a> · {t('audit.signIn')}
        </p>
      ) : (
        <>
          <form className="filter-bar" aria-label={t('audit.filter')} onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label htmlFor="audit-type">{t('audit.entityType')}</label>
              <select id="audit-type" value={entityType} onChange={(e) => (setAfter(null), setEntityType(e.target.value))}>
                <option value="">{t('filter.all')}</option>
                {['Organisation', 'Tie', 'Person', 'Body', 'Seat', 'Collaboration', 'Introduction', 'Import', 'User'].map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </div>
          </form>
          {error && <ErrorNotice message={error.message} onRetry={reload} />}
          {loading && !data && <p role="status">{t('app.loading')}</p>}
          {data && (
            <table className="data-table" data-testid="audit-table">
              <caption>{t('audit.caption', { count: data.auditLog.changes.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.who')}</th>
                  <th scope="col">{t('audit.what')}</th>
                  <th scope="col">{t('audit.why')}</th>
                  <th scope="col">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {data.auditLog.changes.map((c) => (
                  <tr key={c.key} data-key={c.key}>
                    <td>
                      <time dateTime={c.at}>{`${date(c.at)} ${c.at.slice(11, 16)}`}</time>
                    </td>
                    <td>{c.actor}</td>
                    <td>
                      {c.action} · {c.entityType} <code>{c.entityKey}</code>
                    </td>
                    <td>{c.reason ?? ''}</td>
                    <td>
                      <Json label={t('audit.before')} text={c.before} />
                      <Json label={t('audit.after')} text={c.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data?.auditLog.hasNextPage && (
            <button type="button" className="button button-secondary" onClick={() => setAfter(data.auditLog.endCursor)}>
              {t('audit.older')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
