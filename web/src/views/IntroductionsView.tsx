/**
 * Introductions board (#/introductions[?area=<key>]): brokerage figures on top, then one column per
 * status in pipeline order (suggested -> introduced -> meeting held -> collaborating; declined,
 * lapsed), each card movable to its allowed next statuses by coordinators, CVC staff and admins.
 */
import { useAppData, useNames } from '../api/app-data.tsx';
import { missing } from '../api/capabilities.ts';
import { BOARD_QUERY } from '../api/introductions.ts';
import { useQuery } from '../api/use-query.ts';
import { useSignedInUser } from '../auth/SignInForm.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { NotAvailable } from '../components/NotAvailable.tsx';
import type { ViewProps } from '../components/router.ts';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { Board } from './brokering/Board.tsx';
import { BrokerageSummary } from './brokering/BrokerageSummary.tsx';
import { localAuthorityKeys, mayBroker, mayMove, signInHref } from './brokering/permissions.ts';

function IntroductionsPage({ route, navigate }: ViewProps) {
  const { t } = useI18n();
  const { reference } = useAppData();
  const names = useNames();
  const user = useSignedInUser();
  const areaKey = route.params.get('area') ?? '';
  const { data, error, loading, reload } = useQuery(BOARD_QUERY, { areaKey: areaKey || null });
  const areas = [...(reference?.areas ?? []).filter((a) => a.level === 'local_authority')].sort((a, b) =>
    names.area(a.key).localeCompare(names.area(b.key)),
  );
  const editable = mayBroker(user);
  const localAuthorities = localAuthorityKeys(reference?.areas);

  return (
    <>
      <form className="filter-bar board-filter" aria-label={t('brokering.board.filter')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="board-area">{t('brokering.board.area')}</label>
          <select id="board-area" value={areaKey} onChange={(e) => navigate('introductions', { area: e.target.value || null }, true)} data-testid="board-area">
            <option value="">{t('brokering.board.allWales')}</option>
            {areas.map((a) => (
              <option key={a.key} value={a.key}>
                {names.area(a.key)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {!user && (
        <p className="brokering-access" data-testid="board-sign-in">
          <a href={signInHref()}>{t('brokering.board.signIn')}</a>
        </p>
      )}
      {user && !editable && (
        <p className="brokering-access muted">{t('brokering.board.roleCannotMove', { role: t(`auth.role.${user.role}` as MessageKey) })}</p>
      )}
      {error && <ErrorNotice message={error.message} onRetry={reload} />}
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <BrokerageSummary stats={data.brokerageStats} areaName={areaKey ? names.area(areaKey) : t('brokering.board.allWales')} />
          <Board columns={data.introductionBoard} canMove={(intro) => mayMove(user, intro, localAuthorities)} onChanged={reload} />
        </>
      )}
    </>
  );
}

export function IntroductionsView(props: ViewProps) {
  const { t } = useI18n();
  const { capabilities } = useAppData();
  const lacking = capabilities ? missing(capabilities, { queries: ['introductionBoard', 'brokerageStats'] }) : [];
  return (
    <div className="view view-introductions">
      <ViewHeader title={t('view.introductions.title')} intro={t('view.introductions.intro')} />
      {!capabilities && <p role="status">{t('app.loading')}</p>}
      {capabilities && (lacking.length ? <NotAvailable needs={lacking} /> : <IntroductionsPage {...props} />)}
    </div>
  );
}
