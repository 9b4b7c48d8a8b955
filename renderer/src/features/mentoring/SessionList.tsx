import { AlertTriangle, CalendarDays, ListTodo, MessageCircle } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionsOfSession, isOverdue } from '../../../../shared/domain/action';
import { unreadCountByTarget } from '../../../../shared/domain/comment';
import { useLocale } from '../../app/useLocale';
import { formatDay, today as todayIso, useActions } from '../actions';
import { useUnreadComments } from '../comments';
import { reviewStateOf, useSessionReviews } from '../review/mentorSession';
import type { SessionEntry } from './useSessions';
import styles from './Mentoring.module.css';
import { itemId } from '../../../../shared/db/schemas/item.schema';
import { SyncMark } from '../sync';

/** Session cards: date, mentor, status, topics, open and overdue actions, new feedback. */
export function SessionList({
  communityId,
  sessions,
}: {
  communityId: string;
  sessions: SessionEntry[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { actions } = useActions(communityId);
  const unread = useUnreadComments(communityId);
  const reviews = useSessionReviews(communityId);
  const unreadBySession = useMemo(() => unreadCountByTarget(unread, new Set()), [unread]);
  const today = todayIso();

  return (
    <ul className={styles.sessionList} aria-label={t('mentoring.sessionsList')}>
      {sessions.map((entry) => {
        const { docId, session } = entry;
        const status = reviewStateOf(entry, reviews).status;
        const own = actionsOfSession(actions, docId);
        const open = own.filter((a) => a.action.status === 'open').length;
        const overdue = own.filter((a) => isOverdue(a.action, today)).length;
        const newFeedback = unreadBySession.get(docId) ?? 0;
        const date = session.date ? formatDay(session.date, locale) : t('mentoring.noDate');
        const title = t('mentoring.sessionTitle', { date });
        return (
          <li key={docId}>
            <Link
              className={styles.sessionCard}
              to={`/w/${communityId}/mentoring/${docId}`}
              aria-label={title}
            >
              <div className={styles.sessionDate}>
                <CalendarDays size={18} aria-hidden="true" />
                {date}
                <SyncMark itemId={itemId(communityId, docId)} communityId={communityId} />
              </div>
              <div className={styles.sessionMain}>
                <div className={styles.sessionMentor}>
                  {session.mentor
                    ? t('mentoring.withMentor', { name: session.mentor })
                    : t('mentoring.noMentor')}
                  <span className={`${styles.statusPill} ${styles[status]}`}>
                    {t(`mentoring.status.${status}`)}
                  </span>
                </div>
                {session.topics && <div className={styles.sessionTopics}>{session.topics}</div>}
              </div>
              <div className={styles.sessionBadges}>
                {open > 0 && (
                  <span className={styles.badge}>
                    <ListTodo size={14} aria-hidden="true" />
                    {t('mentoring.openCount', { count: open })}
                  </span>
                )}
                {overdue > 0 && (
                  <span className={`${styles.badge} ${styles.badgeDanger}`}>
                    <AlertTriangle size={14} aria-hidden="true" />
                    {t('mentoring.overdueCount', { count: overdue })}
                  </span>
                )}
                {newFeedback > 0 && (
                  <span className={`${styles.badge} ${styles.badgeNew}`}>
                    <MessageCircle size={14} aria-hidden="true" />
                    {t('mentoring.unreadCount', { count: newFeedback })}
                  </span>
                )}
              </div>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
