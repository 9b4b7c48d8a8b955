import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { SearchPalette } from '../features/search';
import { UpdatesBanner } from '../features/updates';
import { WorkbookDialogs } from '../features/workbooks';
import { SectionErrorBoundary } from './ErrorBoundary';
import { Sidebar } from './Sidebar';
import styles from './AppShell.module.css';

/** The window: navigation on the left, the current page on the right. */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        {t('app.skipToContent')}
      </a>
      <Sidebar />
      <main id="main" className={styles.main} tabIndex={-1}>
        <SectionErrorBoundary resetKey="updates">
          <UpdatesBanner />
        </SectionErrorBoundary>
        <SectionErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </SectionErrorBoundary>
      </main>
      <WorkbookDialogs />
      <SearchPalette />
    </div>
  );
}
