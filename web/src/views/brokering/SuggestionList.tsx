/**
 * The ranked suggestions, in the API's order, beside the introducer path of the selected one (a
 * diagram with its text alternative) and what each signal means.
 */
import { useState } from 'react';
import type { OpenIntroduction, OrganisationSummary, Suggestion } from '../../api/suggestions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { IntroducerPathPanel } from './IntroducerPathPanel.tsx';
import { SignalGlossary } from './SignalGlossary.tsx';
import { signalNames } from './signals.ts';
import { SuggestionCard } from './SuggestionCard.tsx';

export interface SuggestionListProps {
  suggestions: Suggestion[];
  /** the organisation partners are suggested for; null for a need */
  focal: OrganisationSummary | null;
  /** open introductions of the focal organisation, by the other organisation's key */
  openWith: Map<string, OpenIntroduction>;
  /** after an introduction was brokered: reload what says "already being brokered" */
  onBrokered: () => void;
  /** the area whose board a new introduction appears on */
  boardArea: string | null;
}

export function SuggestionList({ suggestions, focal, openWith, onBrokered, boardArea }: SuggestionListProps) {
  const { t } = useI18n();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected = suggestions.find((s) => s.organisationKey === selectedKey) ?? suggestions[0] ?? null;

  if (suggestions.length === 0) {
    return (
      <p className="notice" role="status" data-testid="suggestions-empty">
        {focal ? t('brokering.results.noneForOrganisation') : t('brokering.results.noneForNeed')}
      </p>
    );
  }
  return (
    <div className="brokering-layout">
      <div className="brokering-main">
        <p className="summary" role="status" data-testid="suggestion-count" data-value={suggestions.length}>
          {t('brokering.results.count', { count: suggestions.length })}
        </p>
        <ol className="suggestion-list" data-testid="suggestion-list">
          {suggestions.map((s, i) => (
            <SuggestionCard
              key={s.organisationKey}
              rank={i + 1}
              suggestion={s}
              focal={focal}
              selected={selected?.organisationKey === s.organisationKey}
              onSelect={() => setSelectedKey(s.organisationKey)}
              open={openWith.get(s.organisationKey) ?? null}
              onBrokered={onBrokered}
              boardArea={boardArea}
            />
          ))}
        </ol>
      </div>
      <aside className="brokering-aside" aria-label={t('brokering.aside.label')}>
        {selected && <IntroducerPathPanel suggestion={selected} focal={focal} />}
        <SignalGlossary names={signalNames(suggestions)} />
      </aside>
    </div>
  );
}
