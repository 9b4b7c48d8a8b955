import { useEffect } from 'react';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { autoBackupIfDue } from './backupActions';

/** Waits until the workbook's first page has settled before reading all of it. */
const startDelayMs = 2000;

/** Makes the day's automatic backup of the open workbook, if it has none yet. */
export function useAutoBackup(communityId: string | null): void {
  const db = useDatabase();
  const locale = useLocale();
  useEffect(() => {
    if (!communityId) return;
    const timer = setTimeout(() => {
      autoBackupIfDue(db, communityId).catch((error: unknown) =>
        notify('error', errorMessage(toErrorCode(error, 'backup.saveFailed'), locale)),
      );
    }, startDelayMs);
    return () => clearTimeout(timer);
  }, [db, communityId, locale]);
}
