import { Tabs } from 'radix-ui';
import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { EmptyState } from '../../ui/EmptyState';
import { ReadOnlyFieldset } from '../../ui/ReadOnlyFieldset';
import { useReadsOnly } from '../review';
import { AgendaEditor } from './AgendaEditor';
import { BudgetEditor } from './BudgetEditor';
import { ChecklistEditor } from './ChecklistEditor';
import { IdeasEditor } from './IdeasEditor';
import { PlanHeader } from './PlanHeader';
import { PlanOverview } from './PlanOverview';
import { ReportEditor } from './ReportEditor';
import { useEventPlanDoc } from './useEventPlans';
import { usePlanEditor } from './usePlanEditor';
import { CalendarX } from 'lucide-react';
import styles from './Events.module.css';

/** One event plan, edited in place and saved as the user types. */
export function EventPlanPage() {
  const { t } = useTranslation();
  const { communityId } = useOpenWorkbook();
  const { planId = '' } = useParams();
  const { doc, loading } = useEventPlanDoc(communityId, planId);
  if (loading) return null;
  return (
    <div className={styles.planPage}>
      <Link className={styles.back} to={`/w/${communityId}/events`}>
        <ArrowLeft size={16} aria-hidden="true" />
        {t('events.backToList')}
      </Link>
      {doc ? (
        // A new editor per document, so one plan's pending edits never leak into another.
        <PlanEditorView key={doc.id} doc={doc} communityId={communityId} />
      ) : (
        <EmptyState
          icon={<CalendarX size={24} />}
          title={t('events.notFound')}
          body={t('events.emptyBody')}
        />
      )}
    </div>
  );
}

function PlanEditorView({ doc, communityId }: { doc: ItemDoc; communityId: string }) {
  const { t } = useTranslation();
  // A mentor reads the leader's plan: every editor is switched off, not refused later.
  const readOnly = useReadsOnly(communityId);
  const editor = usePlanEditor(doc, readOnly);
  const { plan } = editor;
  return (
    <>
      <PlanHeader editor={editor} communityId={communityId} />
      <Tabs.Root defaultValue="overview" className={styles.planTabs}>
        <Tabs.List className={styles.tabList} aria-label={t('events.tabs.label')}>
          <Tabs.Trigger className={styles.tab} value="overview">
            {t('events.tabs.overview')}
          </Tabs.Trigger>
          <Tabs.Trigger className={styles.tab} value="agenda">
            {t('events.tabs.agenda')}
          </Tabs.Trigger>
          <Tabs.Trigger className={styles.tab} value="checklist">
            {t('events.tabs.checklist')}
          </Tabs.Trigger>
          <Tabs.Trigger className={styles.tab} value="budget">
            {t('events.tabs.budget')}
          </Tabs.Trigger>
          {plan.kind === 'trip' && (
            <Tabs.Trigger className={styles.tab} value="ideas">
              {t('events.tabs.ideas')}
            </Tabs.Trigger>
          )}
          <Tabs.Trigger className={styles.tab} value="report">
            {t('events.tabs.report')}
          </Tabs.Trigger>
        </Tabs.List>
        <ReadOnlyFieldset disabled={readOnly}>
          <Tabs.Content value="overview" className={styles.tabPanel}>
            <PlanOverview editor={editor} communityId={communityId} />
          </Tabs.Content>
          <Tabs.Content value="agenda" className={styles.tabPanel}>
            <AgendaEditor editor={editor} />
          </Tabs.Content>
          <Tabs.Content value="checklist" className={styles.tabPanel}>
            <ChecklistEditor editor={editor} />
          </Tabs.Content>
          <Tabs.Content value="budget" className={styles.tabPanel}>
            <BudgetEditor editor={editor} />
          </Tabs.Content>
          {plan.kind === 'trip' && (
            <Tabs.Content value="ideas" className={styles.tabPanel}>
              <IdeasEditor editor={editor} />
            </Tabs.Content>
          )}
          <Tabs.Content value="report" className={styles.tabPanel}>
            <ReportEditor editor={editor} communityId={communityId} />
          </Tabs.Content>
        </ReadOnlyFieldset>
      </Tabs.Root>
    </>
  );
}
