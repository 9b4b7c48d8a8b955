import { Info } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommunityRole } from '../../db/sync/syncStore';
import { useReadOnlyFrame } from './useReadOnlyFrame';
import styles from './Review.module.css';

/** The calm note a mentor sees in a community they mentor: what they can do here. */
export function MentorNote() {
  const { t } = useTranslation();
  return (
    <p className={styles.note} role="note">
      <Info size={18} aria-hidden="true" />
      {t('review.readOnlyNote')}
    </p>
  );
}

/**
 * A workbook's pages, with the mentor's note above them when the user
 * mentors this community, and the leader's editors turned into views
 * (useReadOnlyFrame). What they may still try to change is refused before
 * it is written (db/items.ts); the session page shows them its own view.
 */
export function MentorWorkbookFrame({
  communityId,
  children,
}: {
  communityId: string;
  children: ReactNode;
}) {
  const isMentor = useCommunityRole(communityId) === 'mentor';
  const frame = useRef<HTMLDivElement>(null);
  useReadOnlyFrame(frame, isMentor);
  // Always the same wrapper, so the pages below never remount when the role becomes known.
  return (
    <div ref={frame} className={isMentor ? styles.readOnlyFrame : styles.frame}>
      {isMentor && (
        <div className={styles.noteBar}>
          <MentorNote />
        </div>
      )}
      {children}
    </div>
  );
}

/** The "Mentor" badge on a workbook the user mentors. */
export function MentorBadge({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const role = useCommunityRole(communityId);
  if (role !== 'mentor') return null;
  return (
    <span className={styles.badge} title={t('review.mentorBadgeHint')}>
      {t('review.mentorBadge')}
    </span>
  );
}
