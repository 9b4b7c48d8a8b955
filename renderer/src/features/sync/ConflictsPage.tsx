import { CheckCircle2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { useWorkbooks } from '../workbooks';
import { ConflictCard } from './ConflictCard';
import { useConflicts } from './useConflicts';
import styles from './Conflicts.module.css';

/** Every open conflict across the workbooks, to see both versions and choose. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const conflicts = useConflicts();
  const { active, archived } = useWorkbooks();
  const names = new Map([...active, ...archived].map((w) => [w.communityId, w.profile.name]));
  return (
    <Page title={t('sync.conflicts.title')} intro={t('sync.conflicts.intro')}>
      {conflicts.length === 0 ? (
        <EmptyState
          icon={<CheckCircle2 size={24} />}
          title={t('sync.conflicts.title')}
          body={t('sync.conflicts.empty')}
        />
      ) : (
        <ul className={styles.list}>
          {conflicts.map((doc) => (
            <li key={doc.id}>
              <ConflictCard
                doc={doc}
                workbookName={names.get(doc.communityId) ?? doc.communityId}
              />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
