import { describe, expect, it } from 'vitest';
import { AppError, errorMessage, isErrorCode, toErrorCode } from './errors';

describe('errors', () => {
  it('fills placeholders in the chosen language', () => {
    expect(errorMessage('validation.tooLong', 'lv', { max: 120 })).toBe(
      'Pārāk garš: ne vairāk kā 120 rakstzīmes.',
    );
    expect(errorMessage('validation.tooLong', 'en', { max: 5 })).toBe(
      'Too long: at most 5 characters.',
    );
  });

  it('recognises only known codes', () => {
    expect(isErrorCode('db.saveFailed')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });

  it('maps errors to codes, with a fallback for anything unknown', () => {
    expect(toErrorCode(new AppError('db.notFound'), 'ipc.failed')).toBe('db.notFound');
    expect(toErrorCode(new Error('boom'), 'db.saveFailed')).toBe('db.saveFailed');
    expect(toErrorCode('nope', 'ipc.failed')).toBe('ipc.failed');
  });
});
