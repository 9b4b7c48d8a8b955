import { en } from './en';
import type { Locale } from './locales';
import { lv, type Translation } from './lv';

/**
 * i18next resources, per language. Error messages are not here: they live
 * with their codes in shared/errors.ts and are shown through `errorMessage`.
 */
export const resources: Record<Locale, { translation: Translation }> = {
  lv: { translation: lv },
  en: { translation: en },
};
