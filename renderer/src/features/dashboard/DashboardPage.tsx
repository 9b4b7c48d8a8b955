import { ClipboardList, Pencil } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { Link } from 'react-router';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { EventsDashboardCard } from '../events';
import { MentoringDashboardCard } from '../mentoring';
import { TopNeedsCard } from '../needs';
import { useReadsOnly } from '../review';
import { useWorkbooksStore } from '../workbooks';
import emptyStyles from '../../ui/EmptyState.module.css';
import styles from './Dashboard.module.css';

/** Whether the workbook holds anything besides its profile yet. */
function useHasContent(communityId: string): boolean {
  const query = useMemo(
    () => ({
      collection: 'items',
      query: { selector: { communityId, type: { $ne: 'community' as const } }, limit: 1 },
    }),
    [communityId],
  );
  return useLiveRxQuery<ItemDoc>(query).results.length > 0;
}

/** What needs the leader's attention in the open workbook. */
export function DashboardPage() {
  const { t } = useTranslation();
  const workbook = useOpenWorkbook();
  const openDialog = useWorkbooksStore((s) => s.openDialog);
  const hasContent = useHasContent(workbook.communityId);
  const readOnly = useReadsOnly(workbook.communityId);
  return (
    <Page
      title={workbook.profile.name}
      intro={workbook.profile.description || undefined}
      actions={
        // The profile is the leader's: a mentor or the coordinator only reads it.
        !readOnly && (
          <Button onClick={() => openDialog({ kind: 'edit', communityId: workbook.communityId })}>
            <Pencil size={16} aria-hidden="true" />
            {t('dashboard.profile')}
          </Button>
        )
      }
    >
      <div className={styles.grid}>
        <TopNeedsCard />
        <MentoringDashboardCard communityId={workbook.communityId} />
        <EventsDashboardCard communityId={workbook.communityId} />
      </div>
      {!hasContent && (
        <EmptyState
          icon={<ClipboardList size={24} />}
          title={t('dashboard.emptyTitle')}
          body={t('dashboard.emptyBody')}
          action={
            <Link className={emptyStyles.link} to={`/w/${workbook.communityId}/needs`}>
              {t('dashboard.firstStep')}
            </Link>
          }
        />
      )}
    </Page>
  );
}
