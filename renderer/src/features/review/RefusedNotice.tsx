import { AlertTriangle } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import { Link } from 'react-router';
import type { LocalDoc } from '../../../../shared/db/schemas/local.schema';
import type { SyncIssue } from '../../../../shared/sync/workbookReplication';
import { refusedText } from './refusedText';
import styles from './Review.module.css';

/** The changes the server refused in communities the user mentors, said plainly. */
export function RefusedNotice({ communityIds }: { communityIds: string[] }) {
  const { t } = useTranslation();
  const query = useMemo(
    () => ({ collection: 'local', query: { selector: { kind: 'syncIssue' } } }),
    [],
  );
  const { results } = useLiveRxQuery<LocalDoc>(query);
  const refused = useMemo(
    () =>
      results
        .map((doc) => doc.toJSON().value as unknown as SyncIssue)
        .filter((issue) => issue.kind === 'refused' && communityIds.includes(issue.communityId)),
    [results, communityIds],
  );
  if (refused.length === 0) return null;
  return (
    <div className={styles.refused} role="status">
      <AlertTriangle size={18} aria-hidden="true" />
      <div>
        <p>{refusedText(refused[0]!, 'mentor', t)}</p>
        <Link to="/settings">{t('review.refusedNotice', { count: refused.length })}</Link>
      </div>
    </div>
  );
}
