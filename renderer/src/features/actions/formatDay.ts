import { localIsoDate } from '../../../../shared/domain/action';
import { intlLocale, type Locale } from '../../../../shared/i18n/locales';

/** A `YYYY-MM-DD` day in the user's language, e.g. "2026. gada 26. nov." or "26 Nov 2026". */
export function formatDay(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium' }).format(
    new Date(y, m - 1, d),
  );
}

/** Today in the user's own calendar. */
export function today(): string {
  return localIsoDate(new Date());
}
