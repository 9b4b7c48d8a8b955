import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { useSyncStore } from '../../db/sync/syncStore';
import { Button } from '../../ui/Button';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { uploadWorkbook } from './uploadWorkbook';
import styles from './SyncSettings.module.css';

type Props = { communityId: string; name: string; onClose: () => void };

/** Puts a workbook kept only on this device into a community on the server. */
export function UploadWorkbookDialog({ communityId, name, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const communities = useSyncStore((s) => s.communities);
  const [target, setTarget] = useState(communities[0]?.communityId ?? '');
  const [busy, setBusy] = useState(false);

  const upload = async () => {
    setBusy(true);
    try {
      const count = await uploadWorkbook(db, communityId, target);
      notify('success', t('sync.upload.done', { name, count }));
      onClose();
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('sync.upload.title', { name })}
      description={t('sync.upload.body')}
      closeLabel={t('common.close')}
    >
      {communities.length === 0 ? (
        <p className={styles.muted}>{t('sync.noCommunities')}</p>
      ) : (
        <Field label={t('sync.upload.target')}>
          {({ controlId }) => (
            <Select
              id={controlId}
              value={target}
              onChange={setTarget}
              options={communities.map((c) => ({ value: c.communityId, label: c.communityId }))}
            />
          )}
        </Field>
      )}
      <DialogFooter>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="primary" disabled={busy || !target} onClick={() => void upload()}>
          {t('sync.upload.confirm')}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}

/** Whether a workbook can be uploaded: signed in, and it is not a server community already. */
export function useCanUpload(communityId: string): boolean {
  return useSyncStore(
    (s) => s.account !== null && !s.communities.some((c) => c.communityId === communityId),
  );
}
