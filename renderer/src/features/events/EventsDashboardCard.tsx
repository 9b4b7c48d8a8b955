import { CalendarDays } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDay, taskProgress } from '../../../../shared/domain/eventPlan';
import { useLocale } from '../../app/useLocale';
import { formatDayRange } from './format';
import { splitPlans } from './EventPlanList';
import { TaskProgressBar } from './TaskProgressBar';
import { useEventPlans } from './useEventPlans';
import styles from './Events.module.css';

/**
 * The dashboard's card: the next few events with their task progress.
 * Renders nothing when the workbook has no plan at all, so the dashboard's
 * own empty state can speak instead.
 */
export function EventsDashboardCard({
  communityId,
  limit = 3,
}: {
  communityId: string;
  limit?: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { plans, loading } = useEventPlans(communityId);
  if (loading || plans.length === 0) return null;
  const today = localIsoDay();
  const upcoming = splitPlans(plans, today).upcoming.slice(0, limit);
  return (
    <section className={styles.dashboardCard} aria-labelledby="dashboard-events">
      <div className={styles.dashboardHeader}>
        <h2 id="dashboard-events" className={styles.panelTitle}>
          <CalendarDays size={18} aria-hidden="true" />
          {t('events.dashboard.title')}
        </h2>
        <Link className={styles.textLink} to={`/w/${communityId}/events`}>
          {t('events.dashboard.all')}
        </Link>
      </div>
      {upcoming.length === 0 && <p className={styles.muted}>{t('events.dashboard.none')}</p>}
      <ul className={styles.plainList}>
        {upcoming.map((entry) => {
          const progress = taskProgress(entry.plan.tasks, today);
          return (
            <li key={entry.docId} className={styles.dashboardItem}>
              <Link className={styles.textLink} to={`/w/${communityId}/events/${entry.docId}`}>
                {entry.plan.title || t('events.untitled')}
              </Link>
              <span className={styles.meta}>
                {formatDayRange(entry.first, entry.last, locale)} ·{' '}
                {t('events.dashboard.openTasks', { count: progress.total - progress.done })}
              </span>
              <TaskProgressBar progress={progress} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
