import { ClipboardCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMentoredCommunityIds } from './mentorRole';
import styles from './Review.module.css';

/** On the workbook picker: the way to the review queue, for a user who mentors a community. */
export function ReviewQueueLink() {
  const { t } = useTranslation();
  const mentored = useMentoredCommunityIds();
  if (mentored.length === 0) return null;
  return (
    <div className={styles.queueCallout}>
      <p>
        <ClipboardCheck size={18} aria-hidden="true" />
        {t('review.mentorOf', { count: mentored.length })}
      </p>
      <Link className={styles.queueLink} to="/review">
        {t('review.openQueue')}
      </Link>
    </div>
  );
}
