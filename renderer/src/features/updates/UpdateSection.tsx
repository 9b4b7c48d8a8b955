import { RefreshCw, RotateCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/DatabaseContext';
import { useLocale } from '../../app/useLocale';
import { isDesktopApp } from '../../platform';
import { Button } from '../../ui/Button';
import { restartToUpdate } from './restartToUpdate';
import { lastCheckedText, updateStatusText } from './updateText';
import { useUpdateState, type UpdatesApi } from './useUpdateState';
import styles from './Updates.module.css';

/**
 * Settings → About: where the app's update stands, when it last looked,
 * "Check now", and "Restart to update" once a new version is downloaded.
 */
export function UpdateSection({
  api,
  isDesktop = isDesktopApp,
}: {
  api?: UpdatesApi;
  isDesktop?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const { state, checkNow, install } = useUpdateState(api);
  const [restarting, setRestarting] = useState(false);
  if (!state) return null;

  const working = state.status === 'checking' || state.status === 'downloading';
  const unavailable = state.status === 'unavailable';
  return (
    <div className={styles.section}>
      <p className={unavailable ? `${styles.status} ${styles.muted}` : styles.status} role="status">
        {updateStatusText(state, { t, locale, isDesktop })}
      </p>
      {!unavailable && <p className={styles.meta}>{lastCheckedText(state, t, locale)}</p>}
      {state.installWhenIdle && <p className={styles.meta}>{t('updates.waitingForIdle')}</p>}
      {!unavailable && (
        <div className={styles.actions}>
          {state.status === 'ready' && (
            <Button
              variant="primary"
              disabled={restarting || state.installWhenIdle}
              onClick={() => {
                setRestarting(true);
                void restartToUpdate(db, install).finally(() => setRestarting(false));
              }}
            >
              <RotateCw size={16} aria-hidden="true" />
              {t('updates.restart')}
            </Button>
          )}
          <Button disabled={working} onClick={() => void checkNow()}>
            <RefreshCw size={16} aria-hidden="true" />
            {t('updates.checkNow')}
          </Button>
        </div>
      )}
    </div>
  );
}
