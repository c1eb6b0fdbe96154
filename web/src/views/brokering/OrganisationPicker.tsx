/**
 * Choose the organisation to find partners for: a search over English and Welsh names
 * (`searchOrganisations`), the matches listed as buttons so the choice works from the keyboard.
 */
import { useId, useState } from 'react';
import { useNames } from '../../api/app-data.tsx';
import { ApiError, request } from '../../api/client.ts';
import { SEARCH_ORGANISATIONS_QUERY, homeArea, type OrganisationSummary } from '../../api/suggestions.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type State = { status: 'idle' } | { status: 'loading' } | { status: 'done'; hits: OrganisationSummary[]; query: string } | { status: 'error'; message: string };

export function OrganisationPicker({ onChoose }: { onChoose: (key: string) => void }) {
  const { t, name } = useI18n();
  const names = useNames();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const [invalid, setInvalid] = useState(false);
  const id = useId();

  const search = async () => {
    const text = query.trim();
    if (!text) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setState({ status: 'loading' });
    try {
      const data = await request(SEARCH_ORGANISATIONS_QUERY, { text, limit: 10 });
      setState({ status: 'done', hits: data.searchOrganisations.map((h) => h.organisation), query: text });
    } catch (e) {
      setState({ status: 'error', message: e instanceof ApiError || e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className="organisation-picker">
      <form
        className="brokering-search"
        role="search"
        aria-label={t('brokering.pick.label')}
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('brokering.pick.label')}</label>
          <div className="search-row">
            <input
              id={`${id}-q`}
              type="search"
              value={query}
              autoComplete="off"
              placeholder={t('brokering.pick.placeholder')}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? `${id}-err` : undefined}
              onChange={(e) => setQuery(e.target.value)}
              data-testid="organisation-search"
            />
            <button type="submit" className="button">
              {t('brokering.pick.search')}
            </button>
          </div>
          {invalid && (
            <p id={`${id}-err`} className="field-error" role="alert">
              {t('brokering.pick.empty')}
            </p>
          )}
        </div>
      </form>
      <div role="status" aria-live="polite" className="picker-status">
        {state.status === 'loading' && t('app.loading')}
        {state.status === 'error' && <span className="error-text">{t('app.error', { message: state.message })}</span>}
        {state.status === 'done' &&
          (state.hits.length ? t('brokering.pick.found', { count: state.hits.length }) : t('brokering.pick.none', { query: state.query }))}
      </div>
      {state.status === 'done' && state.hits.length > 0 && (
        <ul className="picker-hits" data-testid="organisation-hits">
          {state.hits.map((o) => {
            const area = homeArea(o);
            return (
              <li key={o.key}>
                <button type="button" className="link-button" onClick={() => onChoose(o.key)}>
                  {name(o.name, o.nameCy)}
                </button>
                <span className="muted small">
                  {' '}
                  {[o.sector ? name(o.sector.name, o.sector.nameCy) : null, area ? names.area(area) : null].filter(Boolean).join(' · ')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
