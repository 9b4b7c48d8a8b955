import { CalendarDays } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';

/** The events section of the open workbook. */
export function EventsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('events.title')}>
      <EmptyState
        icon={<CalendarDays size={24} />}
        title={t('events.emptyTitle')}
        body={t('events.emptyBody')}
      />
    </Page>
  );
}
