import { AlertTriangle, MessageCircle, MessagesSquare } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { filterActions } from '../../../../shared/domain/action';
import { useLocale } from '../../app/useLocale';
import { formatDay, today as todayIso, useActions } from '../actions';
import { useUnreadComments } from '../comments';
import { useReadsOnly } from '../review';
import { useSessions } from './useSessions';
import styles from './Mentoring.module.css';

const shownOverdue = 5;

/**
 * The dashboard's mentoring card: overdue agreed actions and new feedback.
 * Shows nothing until the workbook has a session or an action.
 */
export function MentoringDashboardCard({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { sessions, loading } = useSessions(communityId);
  const { actions } = useActions(communityId);
  // New feedback is the mentor's, for the leader; a mentor's own comments (from another
  // device) are not news to them, and the coordinator gets none.
  const leads = !useReadsOnly(communityId);
  const unread = useUnreadComments(communityId).filter(
    (c) => leads && c.comment.authorRole === 'mentor',
  );
  const today = todayIso();
  const overdue = useMemo(() => filterActions(actions, 'overdue', today), [actions, today]);
  const open = useMemo(() => filterActions(actions, 'open', today), [actions, today]);
  const base = `/w/${communityId}`;
  if (loading || (sessions.length === 0 && actions.length === 0)) return null;

  return (
    <section className={styles.dashCard} aria-labelledby="dash-mentoring">
      <h2 id="dash-mentoring" className={styles.cardTitle}>
        <MessagesSquare size={18} aria-hidden="true" />
        {t('mentoring.dashboard.title')}
      </h2>
      <div
        className={styles.dashBlock}
        aria-label={t('mentoring.dashboard.overdueTitle')}
        role="group"
      >
        <h3 className={styles.dashSubtitle}>
          <AlertTriangle size={16} aria-hidden="true" />
          {t('mentoring.dashboard.overdueTitle')}
          {overdue.length > 0 && <span className={styles.dangerCount}>{overdue.length}</span>}
        </h3>
        {overdue.length === 0 ? (
          <p className={styles.hint}>{t('mentoring.dashboard.noOverdue')}</p>
        ) : (
          <ul className={styles.dashList}>
            {overdue.slice(0, shownOverdue).map(({ docId, action }) => (
              <li key={docId}>
                <Link to={`${base}/mentoring/${action.sessionId}`}>{action.title}</Link>
                <span className={styles.dashMeta}>
                  {[action.assignee, t('actions.due', { date: formatDay(action.dueDate, locale) })]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
            {overdue.length > shownOverdue && (
              <li className={styles.dashMeta}>
                {t('mentoring.dashboard.more', { count: overdue.length - shownOverdue })}
              </li>
            )}
          </ul>
        )}
      </div>
      <p className={styles.dashLine}>
        {t('mentoring.dashboard.openTotal', { count: open.length })}
      </p>
      {unread.length > 0 && (
        <p className={`${styles.dashLine} ${styles.dashNew}`}>
          <MessageCircle size={16} aria-hidden="true" />
          {t('mentoring.dashboard.unread', { count: unread.length })}
        </p>
      )}
      <div className={styles.dashLinks}>
        <Link to={`${base}/actions`}>{t('mentoring.dashboard.allActions')}</Link>
        <Link to={`${base}/mentoring`}>{t('mentoring.dashboard.sessions')}</Link>
      </div>
    </section>
  );
}
