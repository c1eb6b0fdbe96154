/** One introduction on the board: the pair, who brokered it and via whom, its dates, notes and history. */
import { useId } from 'react';
import { type IntroductionCard, type IntroductionStatus } from '../../api/introductions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { MoveForm } from './MoveForm.tsx';
import { RecordCollaborationForm } from './RecordCollaborationForm.tsx';

export interface IntroductionCardProps {
  introduction: IntroductionCard;
  editable: boolean;
  onChanged: (key: string, status: IntroductionStatus, message: string) => void;
}

export function IntroductionCardView({ introduction: i, editable, onChanged }: IntroductionCardProps) {
  const { t, name, date, lang } = useI18n();
  const id = useId();
  const [a, b] = i.organisations.map((o) => name(o.name, o.nameCy));
  const pair = t('brokering.card.pair', { a: a ?? '–', b: b ?? '–' });
  const made = i.events[0]?.at ?? null;
  const movable = editable && i.nextStatuses.length > 0;

  return (
    <li className="intro-card" data-testid="introduction-card" data-key={i.key}>
      <h4 id={`intro-${i.key}`} tabIndex={-1} className="intro-card-title" data-testid="introduction-pair">
        {pair}
      </h4>
      <dl className="intro-facts">
        <dt>{t('brokering.card.brokeredBy')}</dt>
        <dd>{i.broker ? i.broker.name : '–'}</dd>
        {i.introducer && (
          <>
            <dt>{t('brokering.card.via')}</dt>
            <dd>{name(i.introducer.name, i.introducer.nameCy)}</dd>
          </>
        )}
        {made && (
          <>
            <dt>{t('brokering.card.made')}</dt>
            <dd>{date(made)}</dd>
          </>
        )}
        {i.statusSince && (
          <>
            <dt>{t('brokering.card.since')}</dt>
            <dd>{date(i.statusSince)}</dd>
          </>
        )}
        {i.note && (
          <>
            <dt>{t('brokering.card.note')}</dt>
            <dd>{i.note}</dd>
          </>
        )}
        {i.outcome && (
          <>
            <dt>{t('brokering.card.outcome')}</dt>
            <dd>{i.outcome}</dd>
          </>
        )}
        {i.collaboration && (
          <>
            <dt>{t('brokering.card.collaboration')}</dt>
            <dd>{i.collaboration.name}</dd>
          </>
        )}
      </dl>
      <details className="intro-history">
        <summary>{t('brokering.card.history', { count: i.events.length })}</summary>
        <ol>
          {i.events.map((e) => (
            <li key={e.seq}>
              <strong>{t(`brokering.status.${e.status}`)}</strong> · {date(e.at)}
              {e.note && <span className="intro-event-note"> · {e.note}</span>}
            </li>
          ))}
        </ol>
      </details>
      {i.suggestionEvidence && (
        <details className="intro-evidence">
          <summary>{t('brokering.card.evidence')}</summary>
          <p lang={lang === 'en' ? undefined : 'en'}>{i.suggestionEvidence}</p>
        </details>
      )}
      {movable && (
        <div className="intro-actions" aria-labelledby={`${id}-actions`} role="group">
          <span id={`${id}-actions`} className="visually-hidden">
            {t('brokering.card.actions', { pair })}
          </span>
          <MoveForm introduction={i} pair={pair} onMoved={(status) => onChanged(i.key, status, t('brokering.move.done', { pair, status: t(`brokering.status.${status}`) }))} />
          <RecordCollaborationForm
            introduction={i}
            pair={pair}
            onRecorded={(collaboration) => onChanged(i.key, 'collaborating', t('brokering.collab.done', { pair, name: collaboration }))}
          />
        </div>
      )}
    </li>
  );
}
