import { Lightbulb } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';

/** The needs section of the open workbook. */
export function NeedsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('needs.title')}>
      <EmptyState
        icon={<Lightbulb size={24} />}
        title={t('needs.emptyTitle')}
        body={t('needs.emptyBody')}
      />
    </Page>
  );
}
