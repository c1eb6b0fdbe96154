/** Move an introduction to one of its allowed next statuses, with an optional note (`moveIntroduction`). */
import { useId, useState } from 'react';
import { MOVE_INTRODUCTION, type IntroductionCard, type IntroductionStatus } from '../../api/introductions.ts';
import { InlineError, inlineAria } from '../../editing/Field.tsx';
import { fieldMapper } from '../../editing/field-errors.ts';
import { useEditForm } from '../../editing/use-edit-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';

// the API names the status field `status`, or `at` when the move's date is refused
const fieldFor = fieldMapper(['status', 'note'], { at: 'status' });

export function MoveForm({ introduction, pair, onMoved }: { introduction: IntroductionCard; pair: string; onMoved: (status: IntroductionStatus) => void }) {
  const { t } = useI18n();
  const id = useId();
  const form = useEditForm();
  const next = introduction.nextStatuses;
  const [status, setStatus] = useState<IntroductionStatus>(next[0]!);
  const [note, setNote] = useState('');
  const { status: statusError, note: noteError } = form.errors.fields;

  const submit = async () => {
    const moved = await form.submit(
      MOVE_INTRODUCTION,
      { key: introduction.key, status, version: introduction.version, note: note.trim() || null },
      (d) => d.moveIntroduction,
      fieldFor,
    );
    if (moved) onMoved(moved.status);
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
          {...inlineAria(`${id}-status`, statusError)}
          onChange={(e) => setStatus(e.target.value as IntroductionStatus)}
          data-testid="move-status"
        >
          {next.map((s) => (
            <option key={s} value={s}>
              {t(`brokering.status.${s}`)}
            </option>
          ))}
        </select>
        <InlineError controlId={`${id}-status`} error={statusError} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('brokering.move.note')}</label>
        <input id={`${id}-note`} type="text" value={note} maxLength={5000} {...inlineAria(`${id}-note`, noteError)} onChange={(e) => setNote(e.target.value)} />
        <InlineError controlId={`${id}-note`} error={noteError} />
      </div>
      <button type="submit" className="button button-small" disabled={form.busy} data-testid="move-submit">
        {t('brokering.move.submit')}
      </button>
      {form.errors.form && (
        <p className="form-error" role="alert">
          {form.errors.form}
        </p>
      )}
    </form>
  );
}
