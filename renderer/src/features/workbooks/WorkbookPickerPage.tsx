import { Collapsible } from 'radix-ui';
import { ChevronDown, Plus, Users } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDate } from '../../app/i18n';
import { notify } from '../../app/notifications/notificationsStore';
import { useSessionStore } from '../../app/sessionStore';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { RestoreFromFile } from '../backup';
import { FiguresLink } from '../figures';
import { ReviewQueueLink } from '../review';
import { setWorkbookArchived } from './workbookActions';
import { WorkbookCard } from './WorkbookCard';
import { useWorkbooks, type Workbook } from './useWorkbooks';
import { useWorkbooksStore } from './workbooksStore';
import styles from './WorkbookPicker.module.css';

/** The list of community workbooks: create, open, edit, archive and restore them. */
export function WorkbookPickerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { active, archived, loading } = useWorkbooks();
  const openDialog = useWorkbooksStore((s) => s.openDialog);
  const setLast = useSessionStore((s) => s.setLastCommunityId);

  useEffect(() => {
    // Read by `npm run bench`: the moment the picker is usable.
    if (!loading && performance.getEntriesByName('kopspeks:picker-ready').length === 0) {
      performance.mark('kopspeks:picker-ready');
    }
  }, [loading]);

  const open = (communityId: string) => {
    setLast(communityId);
    void navigate(`/w/${communityId}/dashboard`);
  };
  const createButton = (
    <Button variant="primary" onClick={() => openDialog({ kind: 'create' })}>
      <Plus size={18} aria-hidden="true" />
      {t('workbooks.create')}
    </Button>
  );

  return (
    <Page
      title={t('workbooks.title')}
      intro={t('workbooks.intro')}
      actions={
        <div className={styles.headerActions}>
          {active.length > 0 && (
            <>
              <FiguresLink />
              {createButton}
            </>
          )}
        </div>
      }
    >
      {!loading && active.length === 0 && (
        <EmptyState
          icon={<Users size={24} />}
          title={t('workbooks.emptyTitle')}
          body={t('workbooks.emptyBody')}
          action={createButton}
        />
      )}
      <ReviewQueueLink />
      {active.length > 0 && (
        <ul className={styles.grid} aria-label={t('workbooks.title')}>
          {active.map((workbook) => (
            <li key={workbook.communityId}>
              <WorkbookCard
                workbook={workbook}
                onOpen={() => open(workbook.communityId)}
                onEdit={() => openDialog({ kind: 'edit', communityId: workbook.communityId })}
                onArchive={() => openDialog({ kind: 'archive', communityId: workbook.communityId })}
                onUpload={() => openDialog({ kind: 'upload', communityId: workbook.communityId })}
              />
            </li>
          ))}
        </ul>
      )}
      {archived.length > 0 && <ArchivedWorkbooks workbooks={archived} />}
      <div className={styles.restoreRow}>
        <RestoreFromFile communityId={null} label={t('backup.pickerRestore')} variant="ghost" />
      </div>
    </Page>
  );
}

function ArchivedWorkbooks({ workbooks }: { workbooks: Workbook[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const restore = async (workbook: Workbook) => {
    try {
      await setWorkbookArchived(db, workbook.communityId, false);
      notify('success', t('workbooks.restored', { name: workbook.profile.name }));
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };
  return (
    <Collapsible.Root className={styles.archived}>
      <Collapsible.Trigger asChild>
        <Button variant="ghost" className={styles.archivedToggle}>
          <ChevronDown size={16} aria-hidden="true" />
          {t('workbooks.archivedHeading', { count: workbooks.length })}
        </Button>
      </Collapsible.Trigger>
      <Collapsible.Content>
        <ul className={styles.archivedList}>
          {workbooks.map((workbook) => (
            <li key={workbook.communityId} className={styles.archivedRow}>
              <span>
                <strong>{workbook.profile.name}</strong>{' '}
                <span className={styles.date}>
                  {t('workbooks.archivedOn', {
                    date: formatDate(workbook.archivedAt ?? '', locale),
                  })}
                </span>
              </span>
              <Button size="small" onClick={() => void restore(workbook)}>
                {t('workbooks.restore')}
              </Button>
            </li>
          ))}
        </ul>
      </Collapsible.Content>
    </Collapsible.Root>
  );
}
