import { useTranslation } from 'react-i18next';
import { localIsoDay } from '../../../../shared/domain/eventPlan';
import { EventPlanCard } from './EventPlanCard';
import type { EventPlanEntry } from './useEventPlans';
import styles from './Events.module.css';

/** Plans split into upcoming (including today and undated) and past, soonest first. */
export function splitPlans(plans: readonly EventPlanEntry[], today: string) {
  const upcoming = plans.filter((entry) => !entry.last || entry.last >= today);
  const past = plans.filter((entry) => entry.last && entry.last < today).reverse();
  return { upcoming, past };
}

export function EventPlanList({
  plans,
  communityId,
}: {
  plans: readonly EventPlanEntry[];
  communityId: string;
}) {
  const { t } = useTranslation();
  const { upcoming, past } = splitPlans(plans, localIsoDay());
  return (
    <div className={styles.sections}>
      <section aria-labelledby="events-upcoming">
        <h2 id="events-upcoming" className={styles.sectionTitle}>
          {t('events.upcoming')}
        </h2>
        {upcoming.length === 0 ? (
          <p className={styles.muted}>{t('events.noUpcoming')}</p>
        ) : (
          <ul className={styles.grid}>
            {upcoming.map((entry) => (
              <li key={entry.docId}>
                <EventPlanCard entry={entry} communityId={communityId} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="events-past">
        <h2 id="events-past" className={styles.sectionTitle}>
          {t('events.past')}
        </h2>
        {past.length === 0 ? (
          <p className={styles.muted}>{t('events.noPast')}</p>
        ) : (
          <ul className={styles.grid}>
            {past.map((entry) => (
              <li key={entry.docId}>
                <EventPlanCard entry={entry} communityId={communityId} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
