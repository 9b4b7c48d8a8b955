import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue, type Action } from '../../../../shared/domain/action';
import type { Session } from '../../../../shared/domain/session';
import { useLocale } from '../../app/useLocale';
import { RichTextView } from '../../ui/richText';
import { CommentThread } from '../comments';
import { formatDay, today } from '../actions';
import { ReviewStrip } from './ReviewStrip';
import type { ReviewedSession } from './useSessionReviews';
import styles from './MentorSession.module.css';

type MentorSessionViewProps = {
  communityId: string;
  entry: ReviewedSession & { session: Session };
  actions: { docId: string; action: Action }[];
};

/**
 * A session as its mentor sees it: the leader's details, notes and agreed
 * actions to read, a way to mark it reviewed, and the feedback thread.
 */
export function MentorSessionView({ communityId, entry, actions }: MentorSessionViewProps) {
  const { docId, session } = entry;
  const { t } = useTranslation();
  const locale = useLocale();
  const day = today();
  const none = <span className={styles.none}>{t('review.session.none')}</span>;
  const details: [string, ReactNode][] = [
    [t('mentoring.date'), session.date ? formatDay(session.date, locale) : none],
    [t('mentoring.mentor'), session.mentor || none],
    [t('mentoring.participants'), session.participants || none],
    [t('mentoring.topics'), session.topics || none],
  ];
  const hasNotes = (session.notes.content ?? []).some(
    (node) => node.type !== 'paragraph' || (node.content?.length ?? 0) > 0,
  );

  return (
    <>
      <ReviewStrip communityId={communityId} entry={entry} />
      <section className={styles.card} aria-labelledby="mentor-session-details">
        <h2 id="mentor-session-details" className={styles.cardTitle}>
          {t('review.session.details')}
        </h2>
        <dl className={styles.details}>
          {details.map(([label, value]) => (
            <div key={label} className={styles.detail}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className={styles.card} aria-labelledby="mentor-session-notes">
        <h2 id="mentor-session-notes" className={styles.cardTitle}>
          {t('review.session.notes')}
        </h2>
        {hasNotes ? (
          <RichTextView value={session.notes} label={t('review.session.notes')} />
        ) : (
          <p className={styles.none}>{t('review.session.noNotes')}</p>
        )}
      </section>
      <section className={styles.card} aria-labelledby="mentor-session-actions">
        <h2 id="mentor-session-actions" className={styles.cardTitle}>
          {t('review.session.actions')}
        </h2>
        {actions.length === 0 ? (
          <p className={styles.none}>{t('review.session.noActions')}</p>
        ) : (
          <ul className={styles.actions}>
            {actions.map(({ docId: actionId, action }) => {
              const state = isOverdue(action, day) ? 'overdue' : action.status;
              return (
                <li key={actionId} className={styles.action}>
                  <span className={styles.actionTitle}>{action.title}</span>
                  <span className={styles.actionMeta}>
                    {[
                      action.assignee,
                      action.dueDate
                        ? t('review.session.due', { date: formatDay(action.dueDate, locale) })
                        : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  <span className={`${styles.actionStatus} ${styles[state]}`}>
                    {t(`review.session.actionStatus.${state}`)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {/* The one place in the leader's workbook where the mentor types (useReadOnlyFrame). */}
      <section className={styles.card} data-mentor-writable="">
        <CommentThread
          communityId={communityId}
          targetDocId={docId}
          targetType="session"
          title={t('mentoring.feedbackHeading')}
        />
      </section>
    </>
  );
}
