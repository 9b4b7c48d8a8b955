import { Send } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../shared/domain/session';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { updateItem } from '../../db/items';
import { Button } from '../../ui/Button';

/** The leader's "share with mentor" on a draft session: sets its status to shared. */
export function ShareWithMentorButton({ id, status }: { id: string; status: SessionStatus }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  if (status !== 'draft') return null;
  const share = async () => {
    try {
      await updateItem(db, id, { data: { status: 'shared' } });
      notify('success', t('review.share.done'));
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };
  return (
    <Button onClick={() => void share()}>
      <Send size={16} aria-hidden="true" />
      {t('review.share.button')}
    </Button>
  );
}
