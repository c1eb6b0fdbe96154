/**
 * Suggestions: ranked partners to broker for an organisation (#/suggestions?organisation=<key>) or
 * organisations that fit a need (#/suggestions?theme=<key>&area=<key>[&sector=<key>]), each with its
 * signals, its introducer path drawn as a small diagram, and "broker an introduction".
 */
import { useState } from 'react';
import { useAppData } from '../api/app-data.tsx';
import { missing } from '../api/capabilities.ts';
import { NotAvailable } from '../components/NotAvailable.tsx';
import type { ViewProps } from '../components/router.ts';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { NeedForm } from './brokering/NeedForm.tsx';
import { NeedSuggestions, OrganisationSuggestions } from './brokering/SuggestionResults.tsx';
import { OrganisationPicker } from './brokering/OrganisationPicker.tsx';

type Mode = 'organisation' | 'need';

function SuggestionsPage({ route, navigate }: ViewProps) {
  const { t } = useI18n();
  const organisationKey = route.params.get('organisation');
  const need = { themeKey: route.params.get('theme'), areaKey: route.params.get('area'), sectorKey: route.params.get('sector') };
  const [mode, setMode] = useState<Mode>(!organisationKey && (need.areaKey || need.themeKey) ? 'need' : 'organisation');

  return (
    <>
      <section className="brokering-chooser" aria-labelledby="suggestions-for">
        <h2 id="suggestions-for" className="brokering-chooser-title">
          {t('brokering.for.title')}
        </h2>
        <div className="segmented" role="group" aria-labelledby="suggestions-for">
          {(['organisation', 'need'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {t(`brokering.for.${m}`)}
            </button>
          ))}
        </div>
        {mode === 'organisation' ? (
          <OrganisationPicker onChoose={(key) => navigate('suggestions', { organisation: key })} />
        ) : (
          <NeedForm
            initial={need}
            onSubmit={(n) => navigate('suggestions', { theme: n.themeKey, area: n.areaKey, sector: n.sectorKey })}
          />
        )}
      </section>
      {organisationKey ? (
        <OrganisationSuggestions key={organisationKey} organisationKey={organisationKey} />
      ) : need.areaKey ? (
        <NeedSuggestions need={need} />
      ) : (
        <p className="brokering-prompt muted">{t('brokering.prompt')}</p>
      )}
    </>
  );
}

export function SuggestionsView(props: ViewProps) {
  const { t } = useI18n();
  const { capabilities } = useAppData();
  const lacking = capabilities ? missing(capabilities, { queries: ['suggestions', 'searchOrganisations', 'introductions'] }) : [];
  return (
    <div className="view view-suggestions">
      <ViewHeader title={t('view.suggestions.title')} intro={t('view.suggestions.intro')} />
      {!capabilities && <p role="status">{t('app.loading')}</p>}
      {capabilities && (lacking.length ? <NotAvailable needs={lacking} /> : <SuggestionsPage {...props} />)}
    </div>
  );
}
