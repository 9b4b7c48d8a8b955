import type { TFunction } from 'i18next';
import { itemTypeOfDocId } from '../../../../shared/db/schemas/item.schema';
import type { CommunityRole } from '../../../../shared/sync/communities';
import type { SyncIssue } from '../../../../shared/sync/workbookReplication';

/**
 * Why the server refused a change, in words: for a mentor, which kind of
 * item it was and what mentors may do; otherwise the server's own reason.
 */
export function refusedText(issue: SyncIssue, role: CommunityRole | null, t: TFunction): string {
  if (role === 'mentor') {
    const kind = itemTypeOfDocId(issue.docId);
    return t('review.refusedMentor', {
      what: kind ? t(`review.itemTypes.${kind}`) : issue.docId,
    });
  }
  return t('sync.issues.refused', { reason: issue.reason ?? '' });
}
