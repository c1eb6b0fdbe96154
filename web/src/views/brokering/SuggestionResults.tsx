/** Loads the suggestions for an organisation or for a need, and what frames them (who, which need). */
import { useMemo, useState } from 'react';
import { useNames } from '../../api/app-data.tsx';
import {
  FOCAL_ORGANISATION_QUERY,
  OPEN_INTRODUCTIONS_QUERY,
  SUGGESTIONS_QUERY,
  homeArea,
  type NeedInput,
  type OpenIntroduction,
} from '../../api/suggestions.ts';
import { useQuery } from '../../api/use-query.ts';
import { useSignedInUser } from '../../auth/SignInForm.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { hrefFor } from '../../components/router.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import { mayBroker, signInHref } from './permissions.ts';
import { SuggestionList } from './SuggestionList.tsx';

const PAGE = 10;
const MAX = 100;

function MoreButton({ shown, limit, onMore }: { shown: number; limit: number; onMore: () => void }) {
  const { t } = useI18n();
  // the API returned a full page: there may be more
  if (shown < limit || limit >= MAX) return null;
  return (
    <p>
      <button type="button" className="button button-secondary" onClick={onMore}>
        {t('brokering.more', { count: PAGE })}
      </button>
    </p>
  );
}

/** Who may broker here: a sign-in link for visitors, a note for roles that cannot. */
function BrokeringAccess() {
  const { t } = useI18n();
  const user = useSignedInUser();
  if (mayBroker(user)) return null;
  if (!user) {
    return (
      <p className="brokering-access" data-testid="broker-sign-in">
        <a href={signInHref()}>{t('brokering.signInToBroker')}</a>
      </p>
    );
  }
  return <p className="brokering-access muted">{t('brokering.roleCannotBroker', { role: t(`auth.role.${user.role}` as MessageKey) })}</p>;
}

export function OrganisationSuggestions({ organisationKey }: { organisationKey: string }) {
  const { t, name } = useI18n();
  const names = useNames();
  const [limit, setLimit] = useState(PAGE);
  const focal = useQuery(FOCAL_ORGANISATION_QUERY, { key: organisationKey });
  const suggestions = useQuery(SUGGESTIONS_QUERY, { organisationKey, limit });
  const open = useQuery(OPEN_INTRODUCTIONS_QUERY, { organisationKey });

  // the other organisation of each open introduction: "already being brokered"
  const openWith = useMemo(() => {
    const map = new Map<string, OpenIntroduction>();
    for (const { node } of open.data?.introductions.edges ?? []) {
      for (const o of node.organisations) if (o.key !== organisationKey) map.set(o.key, node);
    }
    return map;
  }, [open.data, organisationKey]);

  const org = focal.data?.organisation;
  if (focal.error) return <ErrorNotice message={focal.error.message} onRetry={focal.reload} />;
  if (focal.data && !org) {
    return (
      <p role="alert" className="notice notice-error">
        {t('brokering.unknownOrganisation', { key: organisationKey })}
      </p>
    );
  }
  const area = org ? homeArea(org) : null;
  return (
    <section className="brokering-results" aria-labelledby="suggestions-heading">
      <div className="brokering-results-head">
        <h2 id="suggestions-heading" data-testid="suggestions-heading">
          {org ? t('brokering.results.forOrganisation', { name: name(org.name, org.nameCy) }) : t('app.loading')}
        </h2>
        {org && (
          <p className="muted">
            {[org.sector ? name(org.sector.name, org.sector.nameCy) : null, area ? names.area(area) : null].filter(Boolean).join(' · ')}
            {' · '}
            <a href={hrefFor('network', { org: org.key })}>{t('brokering.results.onMap')}</a>
          </p>
        )}
      </div>
      <BrokeringAccess />
      {suggestions.error && <ErrorNotice message={suggestions.error.message} onRetry={suggestions.reload} />}
      {suggestions.loading && !suggestions.data && <p role="status">{t('app.loading')}</p>}
      {suggestions.data && org && (
        <>
          <SuggestionList
            suggestions={suggestions.data.suggestions}
            focal={org}
            openWith={openWith}
            onBrokered={open.reload}
            boardArea={area}
          />
          <MoreButton shown={suggestions.data.suggestions.length} limit={limit} onMore={() => setLimit((l) => Math.min(MAX, l + PAGE))} />
        </>
      )}
    </section>
  );
}

export function NeedSuggestions({ need }: { need: NeedInput }) {
  const { t } = useI18n();
  const names = useNames();
  const [limit, setLimit] = useState(PAGE);
  const cleaned = { themeKey: need.themeKey || null, areaKey: need.areaKey || null, sectorKey: need.sectorKey || null };
  const { data, error, loading, reload } = useQuery(SUGGESTIONS_QUERY, { need: cleaned, limit });
  const parts = [
    cleaned.themeKey ? names.theme(cleaned.themeKey) : null,
    cleaned.sectorKey ? names.sector(cleaned.sectorKey) : null,
    cleaned.areaKey ? names.area(cleaned.areaKey) : null,
  ].filter((x): x is string => !!x);
  return (
    <section className="brokering-results" aria-labelledby="suggestions-heading">
      <div className="brokering-results-head">
        <h2 id="suggestions-heading" data-testid="suggestions-heading">
          {t('brokering.results.forNeed', { need: parts.join(' · ') })}
        </h2>
        <p className="muted">{t('brokering.results.needNote')}</p>
      </div>
      {error && <ErrorNotice message={error.message} onRetry={reload} />}
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <SuggestionList suggestions={data.suggestions} focal={null} openWith={new Map()} onBrokered={() => undefined} boardArea={cleaned.areaKey} />
          <MoreButton shown={data.suggestions.length} limit={limit} onMore={() => setLimit((l) => Math.min(MAX, l + PAGE))} />
        </>
      )}
    </section>
  );
}
