import { Info } from 'lucide-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readsOnly } from '../../../../shared/sync/communities';
import { useCommunityRole } from '../../db/sync/syncStore';
import { useReadOnlyFrame } from './useReadOnlyFrame';
import styles from './Review.module.css';

/** The calm note a mentor (or the coordinator) sees in a community: what they can do here. */
export function MentorNote({ coordinator = false }: { coordinator?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className={styles.note} role="note">
      <Info size={18} aria-hidden="true" />
      {coordinator ? t('review.coordinatorNote') : t('review.readOnlyNote')}
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
  const role = useCommunityRole(communityId);
  const readOnly = readsOnly(role);
  const frame = useRef<HTMLDivElement>(null);
  useReadOnlyFrame(frame, readOnly);
  // Always the same wrapper, so the pages below never remount when the role becomes known.
  return (
    <div ref={frame} className={readOnly ? styles.readOnlyFrame : styles.frame}>
      {readOnly && (
        <div className={styles.noteBar}>
          <MentorNote coordinator={role === 'coordinator'} />
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
  if (role === 'coordinator') {
    return (
      <span className={styles.badge} title={t('review.coordinatorBadgeHint')}>
        {t('review.coordinatorBadge')}
      </span>
    );
  }
  if (role !== 'mentor') return null;
  return (
    <span className={styles.badge} title={t('review.mentorBadgeHint')}>
      {t('review.mentorBadge')}
    </span>
  );
}
