import { SearchX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../ui/EmptyState';
import { Page } from '../ui/Page';
import emptyStyles from '../ui/EmptyState.module.css';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        icon={<SearchX size={24} />}
        title={t('notFound.title')}
        body={t('notFound.body')}
        action={
          <Link className={emptyStyles.link} to="/workbooks">
            {t('notFound.back')}
          </Link>
        }
      />
    </Page>
  );
}
