import {
  AlertTriangle,
  CalendarDays,
  ClipboardCheck,
  Lightbulb,
  MessagesSquare,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newNeedDays, queueSize, upcomingEventDays } from '../../../../shared/domain/reviewQueue';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { RefusedNotice } from './RefusedNotice';
import { ReviewSection } from './ReviewSection';
import { useQueueRows } from './useQueueRows';
import { useReviewQueue } from './useReviewQueue';
import emptyStyles from '../../ui/EmptyState.module.css';
import styles from './Review.module.css';

/** The mentor's review queue across every community they mentor. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { queue, communityIds, loading } = useReviewQueue();
  const rows = useQueueRows(queue);

  if (communityIds.length === 0) {
    return (
      <Page title={t('review.title')}>
        <EmptyState
          icon={<ClipboardCheck size={24} />}
          title={t('review.notMentorTitle')}
          body={t('review.notMentorBody')}
          action={
            <Link className={emptyStyles.link} to="/settings">
              {t('review.openSettings')}
            </Link>
          }
        />
      </Page>
    );
  }
  if (loading) return null;
  return (
    <Page title={t('review.title')} intro={t('review.intro')}>
      <RefusedNotice communityIds={communityIds} />
      {queueSize(queue) === 0 && (
        <EmptyState
          icon={<ClipboardCheck size={24} />}
          title={t('review.emptyTitle')}
          body={t('review.emptyBody')}
        />
      )}
      <div className={styles.sections}>
        <ReviewSection
          icon={<MessagesSquare size={18} />}
          title={t('review.sections.sessions')}
          hint={t('review.hints.sessions')}
          none={t('review.none.sessions')}
          rows={rows.sessions}
          tone="attention"
        />
        <ReviewSection
          icon={<AlertTriangle size={18} />}
          title={t('review.sections.overdue')}
          hint={t('review.hints.overdue')}
          none={t('review.none.overdue')}
          rows={rows.overdue}
          tone="danger"
        />
        <ReviewSection
          icon={<Lightbulb size={18} />}
          title={t('review.sections.needs')}
          hint={t('review.hints.needs', { days: newNeedDays })}
          none={t('review.none.needs')}
          rows={rows.needs}
        />
        <ReviewSection
          icon={<CalendarDays size={18} />}
          title={t('review.sections.events')}
          hint={t('review.hints.events', { days: upcomingEventDays })}
          none={t('review.none.events')}
          rows={rows.events}
        />
      </div>
    </Page>
  );
}
