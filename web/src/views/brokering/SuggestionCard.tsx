/** One ranked suggestion: who, why (sentence and signals), who can introduce them, and the broker action. */
import { useNames } from '../../api/app-data.tsx';
import { homeArea, type OpenIntroduction, type OrganisationSummary, type Suggestion } from '../../api/suggestions.ts';
import { hrefFor } from '../../components/router.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BrokerAction } from './BrokerAction.tsx';
import { SignalTable } from './SignalTable.tsx';
import { formatScore } from './format.ts';

export interface SuggestionCardProps {
  rank: number;
  suggestion: Suggestion;
  focal: OrganisationSummary | null;
  selected: boolean;
  onSelect: () => void;
  open: OpenIntroduction | null;
  onBrokered: () => void;
  boardArea: string | null;
}

export function SuggestionCard({ rank, suggestion, focal, selected, onSelect, open, onBrokered, boardArea }: SuggestionCardProps) {
  const { t, name, lang } = useI18n();
  const names = useNames();
  const org = suggestion.organisation;
  const area = homeArea(org);
  const headingId = `suggestion-${suggestion.organisationKey}`;
  const introducers = suggestion.introducerPath?.introducers ?? [];
  // for a need the path starts at the introducer; for an organisation the middle steps introduce
  const shownIntroducers = focal ? introducers.filter((s) => s.key !== focal.key) : introducers;

  return (
    <li className={`suggestion${selected ? ' is-selected' : ''}`} data-testid="suggestion" data-key={suggestion.organisationKey}>
      <div className="suggestion-head">
        <span className="suggestion-rank" aria-hidden="true">
          {rank}
        </span>
        <div className="suggestion-title">
          <h3 id={headingId} data-testid="suggestion-name">
            {name(org.name, org.nameCy)}
          </h3>
          <p className="muted small">
            {[org.sector ? name(org.sector.name, org.sector.nameCy) : null, area ? names.area(area) : null].filter(Boolean).join(' · ')}
          </p>
        </div>
        <p className="suggestion-score">
          <span className="suggestion-score-label">{t('brokering.card.score')}</span>{' '}
          <strong data-testid="suggestion-score">{formatScore(suggestion.score, lang)}</strong>
        </p>
      </div>
      <p className="suggestion-sentence">{lang === 'cy' ? suggestion.explanation.cy : suggestion.explanation.en}</p>
      <div className="suggestion-introducer">
        <p>
          <strong>{t('brokering.card.introducer')}</strong>{' '}
          {shownIntroducers.length ? shownIntroducers.map((s) => name(s.name, s.nameCy)).join(', ') : t('brokering.card.noIntroducer')}
        </p>
        {suggestion.introducerPath && (
          <button type="button" className="button button-secondary button-small" aria-pressed={selected} aria-controls="introducer-path" onClick={onSelect}>
            {t('brokering.card.showPath')}
            <span className="visually-hidden">: {name(org.name, org.nameCy)}</span>
          </button>
        )}
      </div>
      <SignalTable signals={suggestion.signals} caption={t('brokering.signals.caption', { name: name(org.name, org.nameCy) })} />
      {!focal && (
        <p className="small">
          <a href={hrefFor('suggestions', { organisation: suggestion.organisationKey })}>{t('brokering.card.partnersFor', { name: name(org.name, org.nameCy) })}</a>
        </p>
      )}
      {focal && <BrokerAction focal={focal} suggestion={suggestion} open={open} onBrokered={onBrokered} boardArea={boardArea} />}
    </li>
  );
}
