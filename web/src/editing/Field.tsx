/**
 * One labelled form control with its hint and the API's error for it: the control gets
 * aria-invalid and aria-describedby pointing at the error (and hint), so a screen reader reads the
 * message when the field is focused.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
}

export interface FieldProps {
  /** unique in the page: the control's id; the error and hint ids derive from it */
  id: string;
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function errorId(id: string): string {
  return `${id}-error`;
}

export function Field({ id, name, label, error, hint, required, className, children }: FieldProps) {
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : null;
  const describedBy = [error ? errorId(id) : null, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field edit-field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`} data-field={name}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required-mark"> {t('editing.required')}</span>}
      </label>
      {hint && (
        <p id={hintId!} className="field-hint">
          {hint}
        </p>
      )}
      {children({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'aria-required': required ? true : undefined })}
      {error && (
        <p id={errorId(id)} className="field-error" data-testid={`field-error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A group of checkboxes (themes...) with a legend and the API's error for the group. */
export function FieldGroup({ id, name, legend, error, children }: { id: string; name: string; legend: string; error?: string | undefined; children: ReactNode }) {
  return (
    <fieldset className={`edit-fieldset${error ? ' has-error' : ''}`} aria-describedby={error ? errorId(id) : undefined} data-field={name}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <p id={errorId(id)} className="field-error" data-testid={`field-error-${name}`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * For a form that lays out its own controls (the brokering forms, inside cards): the control's aria
 * attributes, pointing at its hint and at the error line `${controlId}-err` that InlineError shows.
 */
export function inlineAria(controlId: string, error: string | undefined, hintId?: string): { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined } {
  const describedBy = [hintId, error ? `${controlId}-err` : null].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined };
}

/** The error line under such a control; an alert, since these small forms have no summary to focus. */
export function InlineError({ controlId, error }: { controlId: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${controlId}-err`} className="field-error" role="alert">
      {error}
    </p>
  );
}
