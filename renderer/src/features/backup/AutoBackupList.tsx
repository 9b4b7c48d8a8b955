import { History } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { readAutoBackup } from './backupActions';
import { useBackupsStore } from './backupsStore';
import { formatMoment, formatSize } from './format';
import { useAutoBackups } from './useAutoBackups';
import styles from './Backup.module.css';

/** The workbook's automatic backups, newest first, each with "Restore…". */
export function AutoBackupList({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { entries, loading, error } = useAutoBackups(communityId);
  const openRestore = useBackupsStore((s) => s.openRestore);
  const [opening, setOpening] = useState<string | null>(null);

  const restore = async (id: string) => {
    setOpening(id);
    try {
      openRestore(await readAutoBackup(communityId, id), communityId);
    } catch (failure) {
      notify('error', errorMessage(toErrorCode(failure, 'backup.corrupt'), locale));
    } finally {
      setOpening(null);
    }
  };

  if (loading) return null;
  if (error) return <p className={styles.hint}>{errorMessage(error, locale)}</p>;
  if (entries.length === 0) {
    return (
      <p className={styles.empty}>
        <History size={18} aria-hidden="true" />
        {t('backup.autoEmpty')}
      </p>
    );
  }
  return (
    <table className={styles.table} aria-label={t('backup.autoList')}>
      <thead>
        <tr>
          <th scope="col">{t('backup.columnDate')}</th>
          <th scope="col" className={styles.number}>
            {t('backup.columnSize')}
          </th>
          <th scope="col" className={styles.number}>
            {t('backup.columnItems')}
          </th>
          <th scope="col">
            <span className={styles.visuallyHidden}>{t('backup.restoreAuto')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const date = formatMoment(entry.createdAt, locale);
          return (
            <tr key={entry.id}>
              <td>{date}</td>
              <td className={styles.number}>{formatSize(entry.size, locale)}</td>
              <td className={styles.number}>{entry.itemCount ?? t('backup.unknownCount')}</td>
              <td className={styles.actionCell}>
                <Button
                  size="small"
                  aria-label={t('backup.restoreAutoNamed', { date })}
                  disabled={opening !== null}
                  onClick={() => void restore(entry.id)}
                >
                  {t('backup.restoreAuto')}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
