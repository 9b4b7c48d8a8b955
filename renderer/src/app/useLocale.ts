import { useTranslation } from 'react-i18next';
import { localeSchema, defaultLocale, type Locale } from '../../../shared/i18n/locales';

/** The interface language; i18next is its one source in the renderer. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : defaultLocale;
}
