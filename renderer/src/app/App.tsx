import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { errorMessage } from '../../../shared/errors';
import type { KopspeksDatabase } from '../db/database';
import { SyncProvider } from '../db/sync/SyncProvider';
import { logError } from '../platform/log';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { AlertTriangle } from 'lucide-react';
import { DatabaseProvider } from './DatabaseContext';
import { Toaster } from './notifications/Toaster';
import { createAppRouter } from './routes';
import { useLocale } from './useLocale';
import styles from './AppShell.module.css';

type AppProps = { openDatabase: () => Promise<KopspeksDatabase> };

/** Opens the local workbook database, then the app. Never waits for the network. */
export function App({ openDatabase }: AppProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [db, setDb] = useState<KopspeksDatabase | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const router = useMemo(() => createAppRouter(), []);

  useEffect(() => {
    let cancelled = false;
    openDatabase().then(
      (database) => !cancelled && setDb(database),
      (error: unknown) => {
        logError('db: could not open the database', error, { code: 'db.openFailed' });
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [openDatabase, attempt]);

  if (failed) {
    return (
      <div className={styles.centered}>
        <EmptyState
          icon={<AlertTriangle size={24} />}
          title={t('startup.failedTitle')}
          body={errorMessage('db.openFailed', locale)}
          action={
            <Button
              onClick={() => {
                setFailed(false);
                setAttempt((n) => n + 1);
              }}
            >
              {t('startup.retry')}
            </Button>
          }
        />
      </div>
    );
  }
  if (!db) {
    return (
      <div className={styles.centered} role="status" aria-live="polite">
        {t('app.loading')}
      </div>
    );
  }
  return (
    <DatabaseProvider database={db}>
      <SyncProvider>
        <RouterProvider router={router} />
      </SyncProvider>
      <Toaster />
    </DatabaseProvider>
  );
}
