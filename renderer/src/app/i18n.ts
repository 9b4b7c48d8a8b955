import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { intlLocale, type Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';
import type { Translation } from '../../../shared/i18n/lv';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

/** i18next, because plurals, interpolation and React bindings are solved problems. */
export async function initI18n(locale: Locale): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'lv',
    supportedLngs: ['lv', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLocale(locale);
  return i18next;
}

export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
}

export async function changeLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  applyDocumentLocale(locale);
}

/** Formats dates and numbers in the interface language. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}
