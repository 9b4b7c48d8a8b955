import { Download, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDatabase } from '../../app/DatabaseContext';
import { isDesktopApp } from '../../platform';
import { Button } from '../../ui/Button';
import { restartToUpdate } from './restartToUpdate';
import { useNewerDataCount } from './useNewerDataCount';
import { useReportBusy } from './useReportBusy';
import { useUpdateState, type UpdatesApi } from './useUpdateState';
import styles from './Updates.module.css';

/**
 * Above every page, never in the way: "a new version is ready, restart when
 * it suits you", and, plainly, "data from a newer Kopspēks arrived: update".
 * Also reports a running sync to the main process, which holds a restart
 * until it is done.
 */
export function UpdatesBanner({
  api,
  isDesktop = isDesktopApp,
}: {
  api?: UpdatesApi;
  isDesktop?: boolean;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  useReportBusy(api);
  const { state, checkNow, install } = useUpdateState(api);
  const newerData = useNewerDataCount();
  const [laterFor, setLaterFor] = useState<string | null>(null);
  const [newerDataLater, setNewerDataLater] = useState(false);

  const ready = state?.status === 'ready' && laterFor !== state.availableVersion;
  const showNewerData = newerData > 0 && !newerDataLater && state?.status !== 'ready';
  if (!ready && !showNewerData) return null;

  return (
    <div className={styles.banners}>
      {ready && (
        <section className={styles.banner} aria-label={t('updates.restart')}>
          <Download className={styles.bannerIcon} size={20} aria-hidden="true" />
          <p className={styles.bannerText}>
            <strong>{t('updates.banner.ready', { version: state.availableVersion ?? '' })}</strong>
            {state.installWhenIdle ? t('updates.waitingForIdle') : t('updates.banner.readyHint')}
          </p>
          <div className={styles.bannerActions}>
            <Button
              variant="primary"
              size="small"
              disabled={state.installWhenIdle}
              onClick={() => void restartToUpdate(db, install)}
            >
              {t('updates.restart')}
            </Button>
            <Button
              variant="ghost"
              size="small"
              onClick={() => setLaterFor(state.availableVersion)}
            >
              {t('updates.banner.later')}
            </Button>
          </div>
        </section>
      )}
      {showNewerData && (
        <section
          className={`${styles.banner} ${styles.warning}`}
          role="alert"
          aria-label={t('updates.banner.newerData')}
        >
          <TriangleAlert className={styles.bannerIcon} size={20} aria-hidden="true" />
          <p className={styles.bannerText}>
            <strong>{t('updates.banner.newerData')}</strong>
            {isDesktop ? t('updates.banner.newerDataHint') : t('updates.banner.newerDataWebHint')}
          </p>
          <div className={styles.bannerActions}>
            {isDesktop && state?.status !== 'unavailable' && (
              <Button
                variant="primary"
                size="small"
                onClick={() => {
                  void checkNow();
                  void navigate('/settings');
                }}
              >
                {t('updates.banner.checkForUpdates')}
              </Button>
            )}
            <Button variant="ghost" size="small" onClick={() => setNewerDataLater(true)}>
              {t('updates.banner.later')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
