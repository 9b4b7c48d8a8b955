import { CheckCircle2 } from 'lucide-react';
import { useReviewState, type ReviewedSession } from './useSessionReviews';
import { ReviewersText } from './ReviewersText';
import styles from './MentorSession.module.css';

/** For the leader, on their session: who reviewed it and when, once a mentor has. */
export function SessionReviewNote({
  communityId,
  entry,
}: {
  communityId: string;
  entry: ReviewedSession;
}) {
  const state = useReviewState(communityId, entry);
  if (state.status !== 'reviewed') return null;
  return (
    <p className={`${styles.strip} ${styles.stripDone}`} role="status">
      <CheckCircle2 size={20} aria-hidden="true" />
      <ReviewersText reviewers={state.reviewers} />
    </p>
  );
}
