import { z } from 'zod';

/** Latvian first, English second. */
export const locales = ['lv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const localeSchema = z.enum(locales);
export const defaultLocale: Locale = 'lv';

/** BCP 47 tags for Intl formatting. */
export const intlLocale: Record<Locale, string> = { lv: 'lv-LV', en: 'en-GB' };
