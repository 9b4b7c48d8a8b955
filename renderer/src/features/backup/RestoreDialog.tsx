import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BackupFile } from '../../../../shared/backup/backupFormat';
import type { RestorePlan } from '../../../../shared/backup/restorePlan';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDate } from '../../app/i18n';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import { useWorkbook } from '../workbooks';
import { saveAutoBackup } from './backupActions';
import { formatMoment } from './format';
import { RestorePreview } from './RestorePreview';
import { RestoreTargets, type TargetOption } from './RestoreTargets';
import { applyRestore, previewRestore, type RestoreTarget } from './workbookBackup';
import styles from './Backup.module.css';
import { useReadsOnly } from '../../db/sync/syncStore';

type Props = { backup: BackupFile; fromCommunityId: string | null; onClose: () => void };

/**
 * The restore preview: where to restore (a new workbook, or the workbook
 * the backup was made of), what will change per kind, then confirm.
 */
export function RestoreDialog({ backup, fromCommunityId, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const navigate = useNavigate();
  const original = useWorkbook(backup.communityId);
  const [target, setTarget] = useState<RestoreTarget>('new');
  // The plan of the target last previewed; a stale one is not shown.
  const [preview, setPreview] = useState<{ target: RestoreTarget; plan: RestorePlan } | null>(null);
  const plan = preview?.target === target ? preview.plan : null;
  const [busy, setBusy] = useState(false);

  const exists = original.workbook !== null;
  // Restoring over another workbook than the one open would surprise: only a new one then.
  // A mentor only reads the leader's workbook: writing a backup over it is not theirs to do.
  const mentors = useReadsOnly(backup.communityId);
  const originalAllowed =
    !mentors && !original.loading && (fromCommunityId === backup.communityId || !exists);
  const name = backup.communityName || t('workbooks.noName');
  const newName = t('backup.copyName', {
    name,
    date: formatDate(new Date().toISOString(), locale),
  });

  useEffect(() => {
    let current = true;
    void previewRestore(db, backup, target).then((next) => {
      if (current) setPreview({ target, plan: next });
    });
    return () => {
      current = false;
    };
  }, [db, backup, target]);

  const confirm = async () => {
    setBusy(true);
    try {
      // The state being replaced is kept first, so the restore itself can be undone.
      if (target === 'original' && exists) await saveAutoBackup(db, backup.communityId);
      const result = await applyRestore(db, backup, { target, newName });
      const total = result.written + result.failed;
      if (result.failed > 0) {
        notify('error', t('backup.restorePartial', { failed: result.failed, total }));
      } else if (target === 'new') {
        notify('success', t('backup.restoredNew', { name: newName }));
      } else {
        notify('success', t('backup.restoredSame', { count: result.written }));
      }
      onClose();
      if (result.communityId !== fromCommunityId) {
        void navigate(`/w/${result.communityId}/dashboard`);
      }
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'backup.restoreFailed'), locale));
      setBusy(false);
    }
  };

  const nothingToDo = plan !== null && plan.added.length + plan.changed.length === 0;
  const options: TargetOption[] = [
    {
      value: 'new',
      label: t('backup.targetNew'),
      hint: t('backup.targetNewHint', { name: newName }),
    },
  ];
  if (originalAllowed) {
    options.push(
      exists
        ? { value: 'original', label: t('backup.targetSame'), hint: t('backup.targetSameHint') }
        : {
            value: 'original',
            label: t('backup.targetOriginal'),
            hint: t('backup.targetOriginalHint'),
          },
    );
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && !busy && onClose()}
      title={t('backup.dialogTitle')}
      description={t('backup.dialogSummary', {
        name,
        date: formatMoment(backup.createdAt, locale),
        count: backup.itemCount,
      })}
      closeLabel={t('common.close')}
    >
      <div className={styles.dialogBody}>
        <RestoreTargets options={options} value={target} onChange={setTarget} />
        {plan && <RestorePreview plan={plan} showKept={target === 'original'} />}
        {nothingToDo && <p className={styles.hint}>{t('backup.nothingToDo')}</p>}
      </div>
      <DialogFooter>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="primary"
          onClick={() => void confirm()}
          disabled={busy || plan === null || nothingToDo}
        >
          {busy ? t('backup.restoring') : t('backup.confirm')}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
