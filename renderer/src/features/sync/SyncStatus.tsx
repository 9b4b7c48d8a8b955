import {
  AlertTriangle,
  CloudCheck,
  CloudOff,
  CloudUpload,
  HardDrive,
  RefreshCw,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../shared/errors';
import { intlLocale } from '../../../../shared/i18n/locales';
import { useLocale } from '../../app/useLocale';
import { useSyncController } from '../../db/sync/SyncProvider';
import { useSyncStore } from '../../db/sync/syncStore';
import { useConflicts } from './useConflicts';
import styles from './SyncStatus.module.css';

/** Always visible: where the user's changes are, and what to do when sync needs them. */
export function SyncStatus() {
  const { t } = useTranslation();
  const locale = useLocale();
  const controller = useSyncController();
  const phase = useSyncStore((s) => s.phase);
  const pendingCount = useSyncStore((s) => s.pendingCount);
  const lastSyncedAt = useSyncStore((s) => s.lastSyncedAt);
  const errorCode = useSyncStore((s) => s.errorCode);
  const conflicts = useConflicts().length;
  const time = lastSyncedAt
    ? new Intl.DateTimeFormat(intlLocale[locale], { hour: '2-digit', minute: '2-digit' }).format(
        new Date(lastSyncedAt),
      )
    : '';

  const view = {
    signedOut: {
      icon: <HardDrive size={16} />,
      label: t('sync.status.signedOut'),
      hint: t('sync.status.signedOutHint'),
    },
    offline: {
      icon: <CloudOff size={16} />,
      label: t('sync.status.offline'),
      hint:
        pendingCount > 0
          ? t('sync.status.pending', { count: pendingCount })
          : t('sync.status.offlineHint'),
    },
    syncing: {
      icon: <RefreshCw size={16} className={styles.spin} />,
      label: t('sync.status.syncing'),
      hint: '',
    },
    upToDate: {
      icon: <CloudCheck size={16} />,
      label: t('sync.status.upToDate', { time }),
      hint: t('sync.status.upToDateHint'),
    },
    pending: {
      icon: <CloudUpload size={16} />,
      label: t('sync.status.pending', { count: pendingCount }),
      hint: '',
    },
    error: {
      icon: <AlertTriangle size={16} />,
      label: t('sync.status.error'),
      hint: errorCode ? errorMessage(errorCode, locale) : '',
    },
  }[phase];

  return (
    <div
      className={`${styles.status} ${phase === 'error' ? styles.error : ''}`}
      role="status"
      aria-live="polite"
      data-phase={phase}
    >
      <div className={styles.row}>
        <span aria-hidden="true">{view.icon}</span>
        <div>
          <div className={styles.label}>{view.label}</div>
          {view.hint && <div className={styles.hint}>{view.hint}</div>}
        </div>
      </div>
      <div className={styles.actions}>
        {phase !== 'signedOut' && phase !== 'error' && (
          <button type="button" className={styles.syncButton} onClick={() => controller.syncNow()}>
            {t('sync.syncNow')}
          </button>
        )}
        {(phase === 'signedOut' || phase === 'error') && (
          <Link className={styles.link} to="/settings">
            {t('sync.status.openSettings')}
          </Link>
        )}
        {conflicts > 0 && (
          <Link className={styles.link} to="/conflicts">
            {t('sync.conflicts.link', { count: conflicts })}
          </Link>
        )}
      </div>
    </div>
  );
}
