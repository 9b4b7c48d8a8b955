import { CalendarDays, MapPin } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDay, taskProgress } from '../../../../shared/domain/eventPlan';
import { useLocale } from '../../app/useLocale';
import { formatDayRange } from './format';
import { TaskProgressBar } from './TaskProgressBar';
import type { EventPlanEntry } from './useEventPlans';
import styles from './Events.module.css';
import { itemId } from '../../../../shared/db/schemas/item.schema';
import { SyncMark } from '../sync';

export function EventPlanCard({
  entry,
  communityId,
}: {
  entry: EventPlanEntry;
  communityId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { plan } = entry;
  const title = plan.title || t('events.untitled');
  const progress = taskProgress(plan.tasks, localIsoDay());
  return (
    <article className={styles.card} aria-label={title}>
      <div className={styles.cardTop}>
        <span className={styles.kind}>{t(`events.kind.${plan.kind}`)}</span>
        <span className={styles.status} data-status={plan.status}>
          {t(`events.status.${plan.status}`)}
        </span>
      </div>
      <h3 className={styles.cardTitle}>
        <Link
          className={styles.cardLink}
          to={`/w/${communityId}/events/${entry.docId}`}
          aria-label={t('events.openPlan', { title })}
        >
          {title}
        </Link>
        <SyncMark itemId={itemId(communityId, entry.docId)} communityId={communityId} />
      </h3>
      <p className={styles.meta}>
        <CalendarDays size={14} aria-hidden="true" />
        {formatDayRange(entry.first, entry.last, locale)}
        {' · '}
        {t('events.dayCount', { count: plan.days.length })}
      </p>
      {plan.place && (
        <p className={styles.meta}>
          <MapPin size={14} aria-hidden="true" />
          {plan.place}
        </p>
      )}
      <TaskProgressBar progress={progress} />
    </article>
  );
}
