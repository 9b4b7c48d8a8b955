import type { FieldErrors } from '../../../../shared/domain/validation';
import { errorMessage } from '../../../../shared/errors';
import type { Locale } from '../../../../shared/i18n/locales';

/** A whole number typed into a text field, or NaN when it is not one. */
export function parseWholeNumber(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return 0;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The message for one field; numeric fields say their range rather than
 * only "not valid", so the user knows what to type.
 */
export function fieldMessage(
  errors: FieldErrors,
  field: string,
  locale: Locale,
  range?: { min: number; max: number },
): string | undefined {
  const error = errors[field];
  if (!error) return undefined;
  if (range && error.code === 'validation.invalid')
    return errorMessage('validation.range', locale, range);
  return errorMessage(error.code, locale, error.params);
}
