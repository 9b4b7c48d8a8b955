import { Send } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { nowIso, updateItem } from '../../db/items';
import { Button } from '../../ui/Button';
import { useReviewState, type ReviewedSession } from './useSessionReviews';

/**
 * The leader's "share with mentor" on a draft session, and "share again"
 * on a reviewed one: the session is shared as of now, so the mentor's
 * earlier review no longer counts and it waits in their queue again.
 */
export function ShareWithMentorButton({
  communityId,
  entry,
}: {
  communityId: string;
  entry: ReviewedSession & { id: string };
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const state = useReviewState(communityId, entry);
  if (state.status === 'shared') return null;
  const again = state.status === 'reviewed';
  const share = async () => {
    try {
      await updateItem(db, entry.id, { data: { status: 'shared', sharedAt: nowIso() } });
      notify('success', t(again ? 'review.share.againDone' : 'review.share.done'));
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };
  return (
    <Button onClick={() => void share()}>
      <Send size={16} aria-hidden="true" />
      {again ? t('review.share.again') : t('review.share.button')}
    </Button>
  );
}
