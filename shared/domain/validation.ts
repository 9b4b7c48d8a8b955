import type { z } from 'zod';
import type { ErrorCode } from '../errors';

/** Why one field of a form was refused, as a translatable code. */
export type FieldError = { code: ErrorCode; params?: Record<string, number> };
export type FieldErrors = Record<string, FieldError>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) {
    return { code: 'validation.required' };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return { code: 'validation.tooLong', params: { max: Number(issue.maximum) } };
  }
  return { code: 'validation.invalid' };
}

/**
 * Parses form input with a zod schema and reports, per field, the first
 * reason it was refused.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || '_';
    errors[field] ??= toFieldError(issue);
  }
  return { ok: false, errors };
}
