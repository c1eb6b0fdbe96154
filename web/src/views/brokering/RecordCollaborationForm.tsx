/**
 * Record the collaboration an introduction led to (`recordCollaborationFromIntroduction`): in one
 * step the collaboration is created with both organisations as partners and the card moves to
 * collaborating. Offered only where collaborating is an allowed next status.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { RECORD_COLLABORATION, canRecordCollaboration, type IntroductionCard } from '../../api/introductions.ts';
import { InlineError, inlineAria } from '../../editing/Field.tsx';
import { fieldMapper } from '../../editing/field-errors.ts';
import { useEditForm } from '../../editing/use-edit-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';

// the API may name the start date `at`
const fieldFor = fieldMapper(['name', 'description', 'since'], { at: 'since' });

export interface RecordCollaborationFormProps {
  introduction: IntroductionCard;
  pair: string;
  onRecorded: (collaborationName: string) => void;
}

export function RecordCollaborationForm({ introduction, pair, onRecorded }: RecordCollaborationFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [collabName, setCollabName] = useState(pair);
  const [description, setDescription] = useState('');
  const [since, setSince] = useState('');
  const form = useEditForm();
  const toggle = useRef<HTMLButtonElement>(null);
  const nameField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) nameField.current?.focus();
  }, [open]);

  if (!canRecordCollaboration(introduction)) return null;

  const { name: nameError, description: descriptionError, since: sinceError } = form.errors.fields;

  const submit = async () => {
    // a name is required: say so here rather than make the round trip
    if (!collabName.trim()) {
      form.setErrors({ fields: { name: t('brokering.collab.nameRequired') }, form: null });
      nameField.current?.focus();
      return;
    }
    const recorded = await form.submit(
      RECORD_COLLABORATION,
      {
        introductionKey: introduction.key,
        version: introduction.version,
        name: collabName.trim(),
        description: description.trim() || null,
        since: since || null,
      },
      (d) => d.recordCollaborationFromIntroduction,
      fieldFor,
    );
    if (recorded) onRecorded(recorded.collaboration.name);
  };

  return (
    <div className="collab-record">
      <button
        ref={toggle}
        type="button"
        className="button button-secondary button-small"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen((o) => !o)}
        data-testid="record-collaboration"
      >
        {t('brokering.collab.button')}
      </button>
      {open && (
        <form
          id={`${id}-form`}
          className="form collab-form"
          aria-label={t('brokering.collab.label', { pair })}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('brokering.collab.name')}</label>
            <input
              id={`${id}-name`}
              ref={nameField}
              type="text"
              required
              value={collabName}
              {...inlineAria(`${id}-name`, nameError)}
              onChange={(e) => setCollabName(e.target.value)}
            />
            <InlineError controlId={`${id}-name`} error={nameError} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>{t('brokering.collab.description')}</label>
            <textarea
              id={`${id}-description`}
              rows={2}
              value={description}
              {...inlineAria(`${id}-description`, descriptionError)}
              onChange={(e) => setDescription(e.target.value)}
            />
            <InlineError controlId={`${id}-description`} error={descriptionError} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-since`}>{t('brokering.collab.since')}</label>
            <input
              id={`${id}-since`}
              type="date"
              value={since}
              {...inlineAria(`${id}-since`, sinceError, `${id}-since-hint`)}
              onChange={(e) => setSince(e.target.value)}
            />
            <p id={`${id}-since-hint`} className="small muted">
              {t('brokering.collab.sinceHint')}
            </p>
            <InlineError controlId={`${id}-since`} error={sinceError} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-small" disabled={form.busy}>
              {t('brokering.collab.submit')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setOpen(false);
                toggle.current?.focus();
              }}
            >
              {t('brokering.collab.cancel')}
            </button>
          </div>
          {form.errors.form && (
            <p className="form-error" role="alert">
              {form.errors.form}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
