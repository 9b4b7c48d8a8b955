import { Tabs } from 'radix-ui';
import { Lightbulb, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { AssessmentList } from './AssessmentList';
import { ExportBar } from './ExportBar';
import { NeedComparison } from './NeedComparison';
import { NeedFilters } from './NeedFilters';
import { NeedList } from './NeedList';
import { NeedMatrix } from './NeedMatrix';
import { NeedsDialogs } from './NeedsDialogs';
import { useNeedFromQuery } from './useNeedFromQuery';
import { useNeedsStore } from './needsStore';
import { useMatrixNeeds, useRankedNeeds, useVisibleNeeds } from './useRankedNeeds';
import { WeightsPanel } from './WeightsPanel';
import styles from './NeedsPage.module.css';
import { useReadsOnly } from '../review';

const tabs = ['ranked', 'matrix', 'assessments', 'compare'] as const;
type Tab = (typeof tabs)[number];

/** The needs of the open workbook: ranked, on a matrix, by assessment and compared over time. */
export function NeedsPage() {
  const { t } = useTranslation();
  const { communityId } = useOpenWorkbook();
  const [params, setParams] = useSearchParams();
  const openDialog = useNeedsStore((s) => s.openDialog);
  useNeedFromQuery(communityId);
  const { ranked, assessments, weights, loading } = useRankedNeeds(communityId);
  const visible = useVisibleNeeds(ranked);
  const matrixNeeds = useMatrixNeeds(ranked);
  const tab: Tab = tabs.find((name) => name === params.get('tab')) ?? 'ranked';

  const createButton = (
    <Button variant="primary" onClick={() => openDialog({ kind: 'createAssessment' })}>
      <Plus size={18} aria-hidden="true" />
      {t('needs.newAssessment')}
    </Button>
  );
  // A mentor reads the leader's assessments; creating one is the leader's.
  const readOnly = useReadsOnly(communityId);
  const nothingYet = !loading && assessments.all.length === 0 && ranked.length === 0;

  return (
    <Page
      title={t('needs.title')}
      intro={t('needs.intro')}
      actions={!nothingYet && !readOnly && createButton}
    >
      {nothingYet ? (
        <EmptyState
          icon={<Lightbulb size={24} />}
          title={t('needs.emptyTitle')}
          body={t('needs.emptyBody')}
          action={readOnly ? undefined : createButton}
        />
      ) : (
        <Tabs.Root
          value={tab}
          onValueChange={(next) => setParams({ tab: next }, { replace: true })}
          className={styles.tabs}
        >
          <Tabs.List className={styles.tabList} aria-label={t('needs.tabs.label')}>
            {tabs.map((name) => (
              <Tabs.Trigger key={name} value={name} className={styles.tab}>
                {t(`needs.tabs.${name}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value="ranked" className={styles.panel}>
            <WeightsPanel communityId={communityId} weights={weights} />
            <NeedFilters assessments={assessments.all} />
            <ExportBar needs={visible} assessments={assessments.active} weights={weights} />
            {ranked.length === 0 && !loading ? (
              <EmptyState
                icon={<Lightbulb size={24} />}
                title={t('needs.list.emptyTitle')}
                body={t('needs.list.emptyBody')}
              />
            ) : (
              <NeedList needs={visible} total={ranked.length} />
            )}
          </Tabs.Content>
          <Tabs.Content value="matrix" className={styles.panel}>
            <div className={styles.matrixLayout}>
              <NeedMatrix needs={matrixNeeds} />
              <div className={styles.matrixList}>
                <NeedFilters assessments={assessments.all} />
                <NeedList needs={visible} total={ranked.length} />
              </div>
            </div>
          </Tabs.Content>
          <Tabs.Content value="assessments" className={styles.panel}>
            <AssessmentList
              communityId={communityId}
              active={assessments.active}
              archived={assessments.archived}
              needs={ranked}
            />
          </Tabs.Content>
          <Tabs.Content value="compare" className={styles.panel}>
            <NeedComparison needs={ranked} assessments={assessments.active} weights={weights} />
          </Tabs.Content>
        </Tabs.Root>
      )}
      <NeedsDialogs />
    </Page>
  );
}
