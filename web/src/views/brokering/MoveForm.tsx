/** Move an introduction to one of its allowed next statuses, with an optional note (`moveIntroduction`). */
import { useId, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { MOVE_INTRODUCTION, fieldErrorFor, type IntroductionCard, type IntroductionStatus, type MutationError } from '../../api/introductions.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function MoveForm({ introduction, pair, onMoved }: { introduction: IntroductionCard; pair: string; onMoved: (status: IntroductionStatus) => void }) {
  const { t } = useI18n();
  const id = useId();
  const next = introduction.nextStatuses;
  const [status, setStatus] = useState<IntroductionStatus>(next[0]!);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MutationError | null>(null);
  const noteError = fieldErrorFor(error, 'note');
  const statusError = fieldErrorFor(error, 'status', 'at');
  const formError = error && !noteError && !statusError ? error.message : null;

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const data = await request(MOVE_INTRODUCTION, { key: introduction.key, status, version: introduction.version, note: note.trim() || null });
      const result = data.moveIntroduction;
      if (result.__typename === 'MutationMoveIntroductionSuccess') onMoved(result.data.status);
      else setError(result);
    } catch (e) {
      setError({ __typename: 'DatabaseUnavailableError', message: e instanceof ApiError || e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="move-form"
      aria-label={t('brokering.move.label', { pair })}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="move-form"
    >
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('brokering.move.to')}</label>
        <select
          id={`${id}-status`}
          value={status}
          aria-invalid={statusError ? true : undefined}
          aria-describedby={statusError ? `${id}-status-err` : undefined}
          onChange={(e) => setStatus(e.target.value as IntroductionStatus)}
          data-testid="move-status"
        >
          {next.map((s) => (
            <option key={s} value={s}>
              {t(`brokering.status.${s}`)}
            </option>
          ))}
        </select>
        {statusError && (
          <p id={`${id}-status-err`} className="field-error" role="alert">
            {statusError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('brokering.move.note')}</label>
        <input
          id={`${id}-note`}
          type="text"
          value={note}
          maxLength={5000}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-err` : undefined}
          onChange={(e) => setNote(e.target.value)}
        />
        {noteError && (
          <p id={`${id}-note-err`} className="field-error" role="alert">
            {noteError}
          </p>
        )}
      </div>
      <button type="submit" className="button button-small" disabled={busy} data-testid="move-submit">
        {t('brokering.move.submit')}
      </button>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
    </form>
  );
}
