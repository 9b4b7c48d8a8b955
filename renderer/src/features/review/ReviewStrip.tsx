import { CheckCircle2, Clock, FileText } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/domain/session';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useCurrentUser } from '../../app/useCurrentUser';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { markSessionReviewed } from './reviewCommands';
import { ReviewersText } from './ReviewersText';
import { useReviewState, type ReviewedSession } from './useSessionReviews';
import styles from './MentorSession.module.css';

type ReviewStripProps = {
  communityId: string;
  entry: ReviewedSession & { session: Session };
};

/** Where the session stands for its mentor, and the button that marks it reviewed. */
export function ReviewStrip({ communityId, entry }: ReviewStripProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const user = useCurrentUser();
  const state = useReviewState(communityId, entry);
  const [marking, setMarking] = useState(false);

  const mark = async () => {
    setMarking(true);
    try {
      await markSessionReviewed(db, communityId, entry, user.name.trim());
      notify('success', t('review.session.markedReviewed'));
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    } finally {
      setMarking(false);
    }
  };

  if (state.status === 'reviewed') {
    return (
      <div className={`${styles.strip} ${styles.stripDone}`} role="status">
        <CheckCircle2 size={20} aria-hidden="true" />
        <ReviewersText reviewers={state.reviewers} />
      </div>
    );
  }
  if (state.status === 'draft') {
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
