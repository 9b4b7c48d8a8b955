import { CheckCircle2, Clock, FileText } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { readSessionReview } from '../../../../shared/domain/reviewQueue';
import type { SessionStatus } from '../../../../shared/domain/session';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDate } from '../../app/i18n';
import { notify } from '../../app/notifications/notificationsStore';
import { useCurrentUser } from '../../app/useCurrentUser';
import { useLocale } from '../../app/useLocale';
import { useSyncStore } from '../../db/sync/syncStore';
import { Button } from '../../ui/Button';
import { markSessionReviewed } from './reviewCommands';
import styles from './MentorSession.module.css';

/** Who reviewed the session and when, read from the stored document. */
function useReview(id: string) {
  const query = useMemo(() => ({ collection: 'items', query: { selector: { id } } }), [id]);
  const { results } = useLiveRxQuery<ItemDoc>(query);
  const first = results[0];
  return useMemo(() => (first ? readSessionReview(first.toJSON().data) : null), [first]);
}

/** Where the session stands for its mentor, and the button that marks it reviewed. */
export function ReviewStrip({ id, status }: { id: string; status: SessionStatus }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const user = useCurrentUser();
  const username = useSyncStore((s) => s.account?.username ?? '');
  const review = useReview(id);
  const [marking, setMarking] = useState(false);

  const mark = async () => {
    setMarking(true);
    try {
      await markSessionReviewed(db, id, user.name.trim() || username);
      notify('success', t('review.session.markedReviewed'));
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    } finally {
      setMarking(false);
    }
  };

  if (status === 'reviewed') {
    const date = review ? formatDate(review.reviewedAt, locale) : '';
    return (
      <div className={`${styles.strip} ${styles.stripDone}`} role="status">
        <CheckCircle2 size={20} aria-hidden="true" />
        <span>
          {review?.reviewedBy
            ? t('review.session.reviewedBy', { name: review.reviewedBy, date })
            : t('review.session.reviewedOn', { date })}
        </span>
      </div>
    );
  }
  if (status === 'draft') {
    return (
      <div className={styles.strip}>
        <FileText size={20} aria-hidden="true" />
        <span>{t('review.session.notShared')}</span>
      </div>
    );
  }
  return (
    <div className={`${styles.strip} ${styles.stripWaiting}`}>
      <Clock size={20} aria-hidden="true" />
      <span className={styles.stripText}>{t('review.session.waiting')}</span>
      <Button variant="primary" onClick={() => void mark()} disabled={marking}>
        <CheckCircle2 size={16} aria-hidden="true" />
        {marking ? t('review.session.marking') : t('review.session.markReviewed')}
      </Button>
    </div>
  );
}
