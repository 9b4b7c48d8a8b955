import { ClipboardList, Pencil } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { EventsDashboardCard } from '../events';
import { MentoringDashboardCard } from '../mentoring';
import { TopNeedsCard } from '../needs';
import { useWorkbooksStore } from '../workbooks';
import emptyStyles from '../../ui/EmptyState.module.css';

/** What needs the leader's attention in the open workbook. */
export function DashboardPage() {
  const { t } = useTranslation();
  const workbook = useOpenWorkbook();
  const openDialog = useWorkbooksStore((s) => s.openDialog);
  return (
    <Page
      title={workbook.profile.name}
      intro={workbook.profile.description || undefined}
      actions={
        <Button onClick={() => openDialog({ kind: 'edit', communityId: workbook.communityId })}>
          <Pencil size={16} aria-hidden="true" />
          {t('dashboard.profile')}
        </Button>
      }
    >
      <TopNeedsCard />
      <MentoringDashboardCard communityId={workbook.communityId} />
      <EventsDashboardCard communityId={workbook.communityId} />
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
    </Page>
  );
}
