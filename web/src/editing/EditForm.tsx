/**
 * The frame of every editing form: a heading, the fields, the form-level error (role=alert) and the
 * save / cancel buttons. Browser validation is off (noValidate): the API is the one judge, and its
 * messages are shown next to the fields it names.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { FormErrors } from './field-errors.ts';

export interface EditFormProps {
  title: string;
  /** the heading level inside its container */
  level?: 2 | 3 | 4;
  intro?: string;
  errors: FormErrors;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  testId?: string;
  children: ReactNode;
}

export function EditForm({ title, level = 3, intro, errors, busy, submitLabel, onSubmit, onCancel, testId, children }: EditFormProps) {
  const { t } = useI18n();
  const titleId = useId();
  const alertRef = useRef<HTMLDivElement>(null);
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
  const fieldCount = Object.keys(errors.fields).length;

  // After a refused save, move focus to the first invalid field (or the alert) so it is not missed.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!errors.form && fieldCount === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [errors, fieldCount]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form ref={formRef} className="form edit-form" noValidate onSubmit={submit} aria-labelledby={titleId} aria-busy={busy || undefined} data-testid={testId}>
      <Heading id={titleId} className="edit-form-title">
        {title}
      </Heading>
      {intro && <p className="muted small">{intro}</p>}
      <div ref={alertRef} tabIndex={-1} role="alert" className="form-alert" data-testid="form-error">
        {(errors.form || fieldCount > 0) && (
          <p className="form-error">
            {fieldCount === 1 ? t('editing.fieldInvalid') : fieldCount > 1 ? t('editing.fieldsInvalid', { count: fieldCount }) : null}
            {fieldCount > 0 && errors.form ? ' ' : null}
            {errors.form}
          </p>
        )}
      </div>
      {children}
      <div className="edit-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('editing.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('editing.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** A success message in a polite live region; it stays in the page after the form closes. */
export function SuccessStatus({ message, testId }: { message: string | null; testId?: string }) {
  return (
    <p role="status" className={message ? 'edit-success' : 'edit-success-empty'} data-testid={testId}>
      {message}
    </p>
  );
}
