/**
 * Turns a mutation's answer into what a form shows: one message per field (from the API's field
 * paths) and one form-level message. Pure functions, so the mapping is easy to reason about.
 */
import { ApiError } from '../api/client.ts';
import type { FieldErrorData, MutationResultData } from '../api/editing.ts';

export interface FormErrors {
  /** form field name -> the API's message for it */
  fields: Record<string, string>;
  /** what belongs to no field (a conflict, a refusal, a path the form does not show) */
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

export type Outcome<T> = { ok: true; data: T } | { ok: false; errors: FormErrors };

/**
 * Maps an API field path to a form field. The API names fields by its service names
 * (["input", "sectorId"], ["input", "areaIds", "0"]) or by argument ("since"); `aliases` maps those
 * names to the form's own, and `fields` lists the names the form shows.
 */
export function fieldMapper(fields: readonly string[], aliases: Record<string, string> = {}): (path: readonly string[]) => string | null {
  const known = new Set(fields);
  return (path) => {
    const names = path.filter((p) => p !== 'input' && p !== 'inputs' && !/^\d+$/.test(p));
    for (const name of names) {
      const field = aliases[name] ?? name;
      if (known.has(field)) return field;
    }
    return null;
  };
}

function collect(fieldErrors: readonly FieldErrorData[], fieldFor: (path: readonly string[]) => string | null): FormErrors {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const e of fieldErrors) {
    const field = fieldFor(e.path);
    if (field) fields[field] = fields[field] ? `${fields[field]}; ${e.message}` : e.message;
    else unplaced.push(`${e.path.join('.')}: ${e.message}`);
  }
  return { fields, form: unplaced.length ? unplaced.join('; ') : null };
}

/** A variable the server could not coerce, e.g. `... at "input.website"; URL cannot represent ...` */
const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s;
const WHOLE_VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value [^;]*; (.*)$/s;

/** GraphQL errors (the request itself refused): a bad variable value becomes that field's error. */
export function errorsFromApiError(error: ApiError, fieldFor: (path: readonly string[]) => string | null): FormErrors {
  const fieldErrors: FieldErrorData[] = [];
  const other: string[] = [];
  for (const e of error.errors.length ? error.errors : [{ message: error.message }]) {
    const at = VARIABLE_ERROR.exec(e.message);
    const whole = at ? null : WHOLE_VARIABLE_ERROR.exec(e.message);
    if (at) fieldErrors.push({ path: [at[1]!, ...at[2]!.split('.')], message: at[3]! });
    else if (whole) fieldErrors.push({ path: [whole[1]!], message: whole[2]! });
    else other.push(e.message);
  }
  const collected = collect(fieldErrors, fieldFor);
  const form = [...other, ...(collected.form ? [collected.form] : [])].join('; ');
  return { fields: collected.fields, form: form || null };
}

/** The typed result of a mutation: its data on success, or the errors placed on fields. */
export function outcomeOf<T>(result: MutationResultData<T>, fieldFor: (path: readonly string[]) => string | null): Outcome<T> {
  if ('data' in result) return { ok: true, data: result.data };
  if (result.__typename === 'ValidationError') {
    const errors = collect(result.fieldErrors, fieldFor);
    // every message sits next to its field; the form-level alert then only needs to say so
    return { ok: false, errors: { fields: errors.fields, form: errors.form } };
  }
  return { ok: false, errors: { fields: {}, form: result.message } };
}

export function hasErrors(errors: FormErrors): boolean {
  return !!errors.form || Object.keys(errors.fields).length > 0;
}
