/**
 * Record the collaboration an introduction led to (`recordCollaborationFromIntroduction`): in one
 * step the collaboration is created with both organisations as partners and the card moves to
 * collaborating. Offered only where collaborating is an allowed next status.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import {
  RECORD_COLLABORATION,
  canRecordCollaboration,
  fieldErrorFor,
  type IntroductionCard,
  type MutationError,
} from '../../api/introductions.ts';
import { useI18n } from '../../i18n/i18n.tsx';

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
  const [busy, setBusy] = useState(false);
  const [nameMissing, setNameMissing] = useState(false);
  const [error, setError] = useState<MutationError | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const nameField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) nameField.current?.focus();
  }, [open]);

  if (!canRecordCollaboration(introduction)) return null;

  const nameError = nameMissing ? t('brokering.collab.nameRequired') : fieldErrorFor(error, 'name');
  const descriptionError = fieldErrorFor(error, 'description');
  const sinceError = fieldErrorFor(error, 'since', 'at');
  const formError = error && !nameError && !descriptionError && !sinceError ? error.message : null;

  const submit = async () => {
    if (!collabName.trim()) {
      setNameMissing(true);
      nameField.current?.focus();
      return;
    }
    setNameMissing(false);
    setBusy(true);
    setError(null);
    try {
      const data = await request(RECORD_COLLABORATION, {
        introductionKey: introduction.key,
        version: introduction.version,
        name: collabName.trim(),
        description: description.trim() || null,
        since: since || null,
      });
      const result = data.recordCollaborationFromIntroduction;
      if (result.__typename === 'MutationRecordCollaborationFromIntroductionSuccess') onRecorded(result.data.collaboration.name);
      else setError(result);
    } catch (e) {
      setError({ __typename: 'DatabaseUnavailableError', message: e instanceof ApiError || e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const errorLine = (text: string | null, suffix: string) =>
    text && (
      <p id={`${id}-${suffix}-err`} className="field-error" role="alert">
        {text}
      </p>
    );

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
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? `${id}-name-err` : undefined}
              onChange={(e) => setCollabName(e.target.value)}
            />
            {errorLine(nameError, 'name')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>{t('brokering.collab.description')}</label>
            <textarea
              id={`${id}-description`}
              rows={2}
              value={description}
              aria-invalid={descriptionError ? true : undefined}
              aria-describedby={descriptionError ? `${id}-description-err` : undefined}
              onChange={(e) => setDescription(e.target.value)}
            />
            {errorLine(descriptionError, 'description')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-since`}>{t('brokering.collab.since')}</label>
            <input
              id={`${id}-since`}
              type="date"
              value={since}
              aria-invalid={sinceError ? true : undefined}
              aria-describedby={[`${id}-since-hint`, sinceError ? `${id}-since-err` : null].filter(Boolean).join(' ')}
              onChange={(e) => setSince(e.target.value)}
            />
            <p id={`${id}-since-hint`} className="small muted">
              {t('brokering.collab.sinceHint')}
            </p>
            {errorLine(sinceError, 'since')}
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-small" disabled={busy}>
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
          {formError && (
            <p className="form-error" role="alert">
              {formError}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
