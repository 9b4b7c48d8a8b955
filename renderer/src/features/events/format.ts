import { intlLocale, type Locale } from '../../../../shared/i18n/locales';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function toUtcDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
}

function dayFormat(locale: Locale, withWeekday: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withWeekday ? { weekday: 'long' } : {}),
    timeZone: 'UTC',
  });
}

/** A `YYYY-MM-DD` day in the user's language, e.g. "2027. gada 14. maijs" / "14 May 2027". */
export function formatDay(day: string, locale: Locale, withWeekday = false): string {
  if (!isoDay.test(day)) return '';
  return dayFormat(locale, withWeekday).format(toUtcDate(day));
}

/** A range of days, as short as the language allows: "14–15 May 2027". */
export function formatDayRange(first: string | null, last: string | null, locale: Locale): string {
  if (!first || !isoDay.test(first)) return '';
  if (!last || last === first || !isoDay.test(last)) return formatDay(first, locale);
  return dayFormat(locale, false).formatRange(toUtcDate(first), toUtcDate(last));
}
