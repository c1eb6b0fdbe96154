/** zod schemas for inputs, and one way to turn their failures into a ValidationError naming each field. */
import { z } from 'zod';
import { isIsoDate } from './dates.ts';
import { ValidationError } from './errors.ts';

export const isoDate = z.string().refine(isIsoDate, { message: 'must be a date as YYYY-MM-DD' });
export const id = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(200, { message: 'must be at most 200 characters' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, { message: 'may contain only letters, digits and - _ . :' });
export const name = z.string().trim().min(1, { message: 'must not be empty' }).max(300);
export const rating = z.number().int().min(1, { message: 'must be 1 to 4' }).max(4, { message: 'must be 1 to 4' });

/** Parses `value` or throws a ValidationError whose paths start with `prefix`. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, prefix: (string | number)[] = []): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: issue.message,
    })),
  );
}

/** since <= until, when both are given */
export function periodIssues(since: string | null | undefined, until: string | null | undefined, prefix: (string | number)[]) {
  return since && until && until < since ? [{ path: [...prefix, 'until'], message: 'must not be before since' }] : [];
}
