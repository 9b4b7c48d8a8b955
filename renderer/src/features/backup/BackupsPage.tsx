import { Download } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { autoBackupsKept } from '../../../../shared/backup/autoBackups';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { isDesktopApp } from '../../platform';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { AutoBackupList } from './AutoBackupList';
import { exportToFile } from './backupActions';
import { RestoreFromFile } from './RestoreFromFile';
import styles from './Backup.module.css';

function Section({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      <p className={styles.hint}>{hint}</p>
      {children}
    </section>
  );
}

/** The workbook's backups: save one to a file, restore from a file or an automatic backup. */
export function BackupsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const { communityId } = useOpenWorkbook();
  const [exporting, setExporting] = useState(false);

  const save = async () => {
    setExporting(true);
    try {
      const file = await exportToFile(db, communityId);
      if (file) notify('success', t('backup.exported', { file }));
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'file.saveFailed'), locale));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Page title={t('backup.title')} intro={t('backup.intro')}>
      <div className={styles.sections}>
        <Section title={t('backup.exportHeading')} hint={t('backup.exportHint')}>
          <div>
            <Button variant="primary" onClick={() => void save()} disabled={exporting}>
              <Download size={18} aria-hidden="true" />
              {exporting ? t('backup.exporting') : t('backup.exportButton')}
            </Button>
          </div>
        </Section>
        <Section title={t('backup.restoreHeading')} hint={t('backup.restoreHint')}>
          <div>
            <RestoreFromFile communityId={communityId} />
          </div>
        </Section>
        <Section
          title={t('backup.autoHeading')}
          hint={t(isDesktopApp ? 'backup.autoHintDesktop' : 'backup.autoHintWeb', {
            count: autoBackupsKept,
          })}
        >
          <AutoBackupList communityId={communityId} />
        </Section>
      </div>
    </Page>
  );
}
