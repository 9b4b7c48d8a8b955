import { CloudCheck, CloudUpload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../../db/sync/syncStore';
import styles from './SyncStatus.module.css';

/**
 * Whether an item's latest change is on the server yet. Shows nothing for
 * workbooks that do not sync (signed out, or a local-only workbook).
 */
export function SyncMark({ itemId, communityId }: { itemId: string; communityId: string }) {
  const { t } = useTranslation();
  const synced = useSyncStore(
    (s) => s.account !== null && s.communities.some((c) => c.communityId === communityId),
  );
  const pending = useSyncStore((s) => s.pendingIds.has(itemId));
  if (!synced) return null;
  const label = pending ? t('sync.mark.pending') : t('sync.mark.onServer');
  return (
    <span
      className={pending ? styles.markPending : styles.markDone}
      title={label}
      role="img"
      aria-label={label}
    >
      {pending ? (
        <CloudUpload size={14} aria-hidden="true" />
      ) : (
        <CloudCheck size={14} aria-hidden="true" />
      )}
    </span>
  );
}
