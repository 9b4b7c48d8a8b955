import { MessagesSquare } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';

/** The mentoring section of the open workbook. */
export function MentoringPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('mentoring.title')}>
      <EmptyState
        icon={<MessagesSquare size={24} />}
        title={t('mentoring.emptyTitle')}
        body={t('mentoring.emptyBody')}
      />
    </Page>
  );
}
