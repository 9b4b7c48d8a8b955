import {
  addMonths,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  isSameMonth,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDay } from '../../../../shared/domain/eventPlan';
import { intlLocale } from '../../../../shared/i18n/locales';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { useEventsStore } from './eventsStore';
import type { EventPlanEntry } from './useEventPlans';
import styles from './Events.module.css';

const isoOf = (date: Date) => format(date, 'yyyy-MM-dd');

/** A month grid, weeks from Monday, each plan shown on every one of its days. */
export function EventCalendar({
  plans,
  communityId,
}: {
  plans: readonly EventPlanEntry[];
  communityId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const storedMonth = useEventsStore((s) => s.month);
  const setMonth = useEventsStore((s) => s.setMonth);
  const today = localIsoDay();
  // Until the user pages, show the month of the next event (or this month).
  const next = plans.find((entry) => entry.first && entry.last && entry.last >= today);
  const firstShown = storedMonth ?? (next?.first ? `${next.first.slice(0, 7)}-01` : null);
  const month = firstShown ? new Date(`${firstShown}T00:00:00`) : startOfMonth(new Date());
  const days = eachDayOfInterval({
    start: startOfWeek(startOfMonth(month), { weekStartsOn: 1 }),
    end: endOfWeek(endOfMonth(month), { weekStartsOn: 1 }),
  });
  const weeks: Date[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  const byDay = new Map<string, EventPlanEntry[]>();
  for (const entry of plans) {
    for (const day of entry.plan.days) {
      byDay.set(day.date, [...(byDay.get(day.date) ?? []), entry]);
    }
  }
  const tag = intlLocale[locale];
  const monthName = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric' }).format(month);
  const weekdayFormat = new Intl.DateTimeFormat(tag, { weekday: 'short' });
  const longDay = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long' });
  const go = (delta: number) => setMonth(isoOf(startOfMonth(addMonths(month, delta))));

  return (
    <section className={styles.calendar} aria-label={t('events.calendar.label')}>
      <div className={styles.calendarHeader}>
        <Button
          variant="ghost"
          iconOnly
          aria-label={t('events.calendar.previous')}
          onClick={() => go(-1)}
        >
          <ChevronLeft size={18} aria-hidden="true" />
        </Button>
        <h2 className={styles.calendarMonth} aria-live="polite">
          {monthName}
        </h2>
        <Button
          variant="ghost"
          iconOnly
          aria-label={t('events.calendar.next')}
          onClick={() => go(1)}
        >
          <ChevronRight size={18} aria-hidden="true" />
        </Button>
        <Button size="small" onClick={() => setMonth(isoOf(startOfMonth(new Date())))}>
          {t('events.calendar.today')}
        </Button>
      </div>
      <table className={styles.calendarGrid}>
        <thead>
          <tr>
            {weeks[0]!.map((day) => (
              <th key={day.toISOString()} scope="col">
                {weekdayFormat.format(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={isoOf(week[0]!)}>
              {week.map((day) => {
                const iso = isoOf(day);
                const entries = byDay.get(iso) ?? [];
                return (
                  <td
                    key={iso}
                    className={styles.calendarCell}
                    data-outside={!isSameMonth(day, month) || undefined}
                    data-today={iso === today || undefined}
                    data-past={iso < today || undefined}
                    aria-label={
                      entries.length > 0
                        ? t('events.calendar.eventsOn', {
                            date: longDay.format(day),
                            count: entries.length,
                          })
                        : undefined
                    }
                  >
                    <span className={styles.calendarDate}>{day.getDate()}</span>
                    {entries.map((entry) => (
                      <Link
                        key={entry.docId}
                        className={styles.calendarEvent}
                        data-kind={entry.plan.kind}
                        to={`/w/${communityId}/events/${entry.docId}`}
                      >
                        {entry.plan.title || t('events.untitled')}
                      </Link>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
