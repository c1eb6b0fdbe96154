/** The state every editing form shares: busy while saving, the API's errors, a success message. */
import { useCallback, useRef, useState } from 'react';
import { ApiError, request, type Operation } from '../api/client.ts';
import type { MutationResultData } from '../api/editing.ts';
import { errorsFromApiError, hasErrors, NO_ERRORS, outcomeOf, type FormErrors } from './field-errors.ts';

export interface EditForm {
  busy: boolean;
  errors: FormErrors;
  success: string | null;
  /** runs the mutation; resolves to its data on success, or null when it failed (errors are set) */
  submit: <TData, TVars, T>(
    op: Operation<TData, TVars>,
    variables: TVars,
    pick: (data: TData) => MutationResultData<T>,
    fieldFor: (path: readonly string[]) => string | null,
  ) => Promise<T | null>;
  setErrors: (errors: FormErrors) => void;
  setSuccess: (message: string | null) => void;
  reset: () => void;
}

export function useEditForm(): EditForm {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [success, setSuccess] = useState<string | null>(null);
  const inFlight = useRef(false);

  const submit = useCallback<EditForm['submit']>(async (op, variables, pick, fieldFor) => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setBusy(true);
    setErrors(NO_ERRORS);
    setSuccess(null);
    try {
      const outcome = outcomeOf(pick(await request(op, variables)), fieldFor);
      if (outcome.ok) return outcome.data;
      setErrors(outcome.errors);
      return null;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error));
      const mapped = errorsFromApiError(apiError, fieldFor);
      setErrors(hasErrors(mapped) ? mapped : { fields: {}, form: apiError.message });
      return null;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => {
    setErrors(NO_ERRORS);
    setSuccess(null);
  }, []);

  return { busy, errors, success, submit, setErrors, setSuccess, reset };
}
