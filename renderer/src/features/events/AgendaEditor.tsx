import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/useLocale';
import { AgendaDay } from './AgendaDay';
import { formatDay } from './format';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

/** The agenda of every day of the plan, one sortable list per day. */
export function AgendaEditor({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { plan } = editor;
  return (
    <div className={styles.stack}>
      {plan.days.map((day, index) => (
        <AgendaDay
          key={day.id}
          editor={editor}
          dayId={day.id}
          heading={t('events.agenda.day', {
            number: index + 1,
            date: formatDay(day.date, locale, true),
          })}
        />
      ))}
    </div>
  );
}
