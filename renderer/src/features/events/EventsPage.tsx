import { Tabs } from 'radix-ui';
import { CalendarDays, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { EventCalendar } from './EventCalendar';
import { EventPlanList } from './EventPlanList';
import { useEventsStore } from './eventsStore';
import { NewPlanDialog } from './NewPlanDialog';
import { useEventPlans } from './useEventPlans';
import styles from './Events.module.css';
import { useReadsOnly } from '../review';

/** The events section of the open workbook: plans as a list or a calendar. */
export function EventsPage() {
  const { t } = useTranslation();
  const { communityId } = useOpenWorkbook();
  const { plans, loading } = useEventPlans(communityId);
  const view = useEventsStore((s) => s.view);
  const setView = useEventsStore((s) => s.setView);
  const newPlanOpen = useEventsStore((s) => s.newPlanOpen);
  const setNewPlanOpen = useEventsStore((s) => s.setNewPlanOpen);
  // A mentor reads the leader's plans; starting one is the leader's.
  const readOnly = useReadsOnly(communityId);

  const createButton = (label: string) => (
    <Button variant="primary" onClick={() => setNewPlanOpen(true)}>
      <Plus size={18} aria-hidden="true" />
      {label}
    </Button>
  );

  return (
    <Page
      title={t('events.title')}
      intro={t('events.intro')}
      actions={plans.length > 0 && !readOnly && createButton(t('events.create'))}
    >
      {!loading && plans.length === 0 && (
        <EmptyState
          icon={<CalendarDays size={24} />}
          title={t('events.emptyTitle')}
          body={t('events.emptyBody')}
          action={readOnly ? undefined : createButton(t('events.createFirst'))}
        />
      )}
      {plans.length > 0 && (
        <Tabs.Root
          value={view}
          onValueChange={(value) => setView(value === 'calendar' ? 'calendar' : 'list')}
        >
          <Tabs.List className={styles.viewTabs} aria-label={t('events.views')}>
            <Tabs.Trigger className={styles.viewTab} value="list">
              {t('events.viewList')}
            </Tabs.Trigger>
            <Tabs.Trigger className={styles.viewTab} value="calendar">
              {t('events.viewCalendar')}
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="list" className={styles.tabPanel}>
            <EventPlanList plans={plans} communityId={communityId} />
          </Tabs.Content>
          <Tabs.Content value="calendar" className={styles.tabPanel}>
            <EventCalendar plans={plans} communityId={communityId} />
          </Tabs.Content>
        </Tabs.Root>
      )}
      {newPlanOpen && (
        <NewPlanDialog communityId={communityId} onClose={() => setNewPlanOpen(false)} />
      )}
    </Page>
  );
}
