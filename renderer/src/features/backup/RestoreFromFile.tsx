import { FileUp } from 'lucide-react';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { Button, type ButtonProps } from '../../ui/Button';
import { readBackupFile } from './backupActions';
import { useBackupsStore } from './backupsStore';
import { RestoreDialog } from './RestoreDialog';

/**
 * "Restore from a file…": a file input (the same in Electron and the
 * browser), the checks of the file, then the restore preview. Also hosts
 * the preview for the automatic backups listed on the same page.
 */
export function RestoreFromFile({
  communityId,
  label,
  variant = 'secondary',
}: {
  communityId: string | null;
  label?: string;
  variant?: ButtonProps['variant'];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const restoring = useBackupsStore((s) => s.restoring);
  const openRestore = useBackupsStore((s) => s.openRestore);
  const closeRestore = useBackupsStore((s) => s.closeRestore);
  // Leaving the page ends the preview; coming back does not reopen it.
  useEffect(() => closeRestore, [closeRestore]);

  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Choosing the same file again must fire a change too.
    event.target.value = '';
    if (!file) return;
    setReading(true);
    try {
      openRestore(await readBackupFile(file), communityId);
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'backup.corrupt'), locale));
    } finally {
      setReading(false);
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="backup-file-input"
        onChange={(event) => void chosen(event)}
      />
      <Button variant={variant} onClick={() => input.current?.click()} disabled={reading}>
        <FileUp size={18} aria-hidden="true" />
        {reading ? t('backup.reading') : (label ?? t('backup.restoreButton'))}
      </Button>
      {restoring && (
        <RestoreDialog
          backup={restoring.backup}
          fromCommunityId={restoring.fromCommunityId}
          onClose={closeRestore}
        />
      )}
    </>
  );
}
