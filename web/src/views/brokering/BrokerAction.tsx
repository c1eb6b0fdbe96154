/**
 * "Broker an introduction" for one suggestion: the button (for roles that may broker), its form,
 * what came of it (a link to the board), or a note that the pair is already being brokered.
 */
import { useRef, useState } from 'react';
import type { IntroductionStatus } from '../../api/introductions.ts';
import type { OpenIntroduction, OrganisationSummary, Suggestion } from '../../api/suggestions.ts';
import { useAppData } from '../../api/app-data.tsx';
import { useSignedInUser } from '../../auth/SignInForm.tsx';
import { hrefFor } from '../../components/router.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BrokerForm } from './BrokerForm.tsx';
import { inScope, localAuthorityKeys, mayBroker } from './permissions.ts';

export interface BrokerActionProps {
  focal: OrganisationSummary;
  suggestion: Suggestion;
  open: OpenIntroduction | null;
  onBrokered: () => void;
  boardArea: string | null;
}

export function BrokerAction({ focal, suggestion, open, onBrokered, boardArea }: BrokerActionProps) {
  const { t, name, date } = useI18n();
  const user = useSignedInUser();
  const { reference } = useAppData();
  const [formOpen, setFormOpen] = useState(false);
  const [made, setMade] = useState<{ key: string; status: IntroductionStatus } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const boardHref = hrefFor('introductions', { area: boardArea });
  const candidate = name(suggestion.organisation.name, suggestion.organisation.nameCy);

  return (
    <div className="broker-action">
      <div role="status" aria-live="polite" data-testid="broker-result">
        {made && (
          <p className="broker-success">
            {t('brokering.broker.done', { name: candidate, status: t(`brokering.status.${made.status}`) })}{' '}
            <a href={boardHref}>{t('brokering.broker.toBoard')}</a>
          </p>
        )}
      </div>
      {open ? (
        !made && (
          <p className="brokered-note" data-testid="already-brokered">
            {t('brokering.card.alreadyBrokered', {
              status: t(`brokering.status.${open.status as IntroductionStatus}`),
              date: open.statusSince ? date(open.statusSince) : '–',
            })}{' '}
            <a href={boardHref}>{t('brokering.card.seeBoard')}</a>
          </p>
        )
      ) : made || !mayBroker(user) ? null : !inScope(user!, [focal, suggestion.organisation], localAuthorityKeys(reference?.areas)) ? (
        <p className="small muted">{t('brokering.broker.outOfScope')}</p>
      ) : formOpen ? (
        <BrokerForm
          focal={focal}
          suggestion={suggestion}
          user={user!}
          onCancel={() => {
            setFormOpen(false);
            requestAnimationFrame(() => buttonRef.current?.focus());
          }}
          onDone={(result) => {
            setMade(result);
            setFormOpen(false);
            onBrokered();
          }}
        />
      ) : (
        <button ref={buttonRef} type="button" className="button" onClick={() => setFormOpen(true)} data-testid="broker-button">
          {t('brokering.broker.button')}
          <span className="visually-hidden">: {candidate}</span>
        </button>
      )}
    </div>
  );
}
