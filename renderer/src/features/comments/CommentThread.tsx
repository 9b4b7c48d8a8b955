import { MessageCircle } from 'lucide-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readMarkerKey, type CommentTargetType } from '../../../../shared/domain/comment';
import { authorOfDocId } from '../../../../shared/domain/docIds';
import { intlLocale } from '../../../../shared/i18n/locales';
import { useDatabase } from '../../app/DatabaseContext';
import { useLocale } from '../../app/useLocale';
import { markCommentsRead } from './commentCommands';
import { CommentForm } from './CommentForm';
import { useReadMarkers, useThread, type CommentEntry } from './useComments';
import styles from './Comments.module.css';

/** How long a thread is on screen before its new comments count as read. */
const readAfterMs = 1500;

export type CommentThreadProps = {
  communityId: string;
  targetDocId: string;
  targetType: CommentTargetType;
  /** The thread's heading; "Comments" when not given. */
  title?: string;
  hint?: string;
};

/**
 * A feedback thread on any item: who wrote what and when, new comments
 * marked. Comments that were new when the thread was opened keep their
 * marker while it stays open, and are recorded as read on this device.
 */
export function CommentThread({
  communityId,
  targetDocId,
  targetType,
  title,
  hint,
}: CommentThreadProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const headingId = useId();
  const { comments, loading } = useThread(communityId, targetDocId);
  const { readKeys, loading: markersLoading } = useReadMarkers();
  const unread = useMemo(
    () =>
      loading || markersLoading
        ? []
        : comments.filter((c) => !readKeys.has(readMarkerKey(c.docId))).map((c) => c.docId),
    [comments, readKeys, loading, markersLoading],
  );
  // New when the thread was shown: the marker stays while it is open, even once recorded as read.
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());
  if (unread.some((id) => !newIds.has(id))) setNewIds(new Set([...newIds, ...unread]));

  useEffect(() => {
    if (unread.length === 0) return;
    const timer = setTimeout(() => void markCommentsRead(db, unread), readAfterMs);
    return () => clearTimeout(timer);
  }, [unread, db]);

  return (
    <section className={styles.thread} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        <MessageCircle size={18} aria-hidden="true" />
        {title ?? t('comments.title')}
        {newIds.size > 0 && (
          <span className={styles.newBadge}>
            {t('comments.unreadCount', { count: newIds.size })}
          </span>
        )}
      </h2>
      {hint && <p className={styles.hint}>{hint}</p>}
      {comments.length === 0 ? (
        <p className={styles.empty}>{t('comments.empty')}</p>
      ) : (
        <ol className={styles.list} aria-label={t('comments.list', { count: comments.length })}>
          {comments.map((entry) => (
            <CommentItem key={entry.docId} entry={entry} isNew={newIds.has(entry.docId)} />
          ))}
        </ol>
      )}
      <CommentForm communityId={communityId} targetDocId={targetDocId} targetType={targetType} />
    </section>
  );
}

function CommentItem({ entry, isNew }: { entry: CommentEntry; isNew: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { comment } = entry;
  // The name is what the author typed; the account is the one the server let write it.
  const account = authorOfDocId(entry.docId);
  const time = new Date(comment.createdAt);
  const shownTime = Number.isNaN(time.getTime())
    ? ''
    : new Intl.DateTimeFormat(intlLocale[locale], {
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(time);
  return (
    <li className={`${styles.comment} ${isNew ? styles.commentNew : ''}`}>
      <div className={styles.meta}>
        <span className={styles.author}>{comment.authorName}</span>
        {account && (
          <span className={styles.account} title={t('comments.account', { account })}>
            {account}
          </span>
        )}
        <span className={`${styles.role} ${styles[comment.authorRole] ?? ''}`}>
          {t(`roles.${comment.authorRole}`)}
        </span>
        {shownTime && (
          <time className={styles.time} dateTime={comment.createdAt}>
            {shownTime}
          </time>
        )}
        {isNew && <span className={styles.newMarker}>{t('comments.unread')}</span>}
      </div>
      {/* Plain text only: React escapes it, nothing is parsed as HTML. */}
      <p className={styles.body}>{comment.body}</p>
    </li>
  );
}
