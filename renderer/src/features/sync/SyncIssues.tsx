import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { LocalDoc } from '../../../../shared/db/schemas/local.schema';
import type { SyncIssue } from '../../../../shared/sync/workbookReplication';
import { useDatabase } from '../../app/DatabaseContext';
import { deleteLocal } from '../../db/local';
import { useSyncStore } from '../../db/sync/syncStore';
import { refusedText } from '../review';
import { Button } from '../../ui/Button';
import styles from './SyncSettings.module.css';

/** Documents the sync set aside or the server refused: shown, never silently dropped. */
export function SyncIssues() {
  const { t } = useTranslation();
  const db = useDatabase();
  const query = useMemo(
    () => ({ collection: 'local', query: { selector: { kind: 'syncIssue' } } }),
    [],
  );
  const { results } = useLiveRxQuery<LocalDoc>(query);
  const communities = useSyncStore((s) => s.communities);
  if (results.length === 0) return null;
  return (
    <>
      <h3 className={styles.subheading}>{t('sync.issues.title')}</h3>
      <ul className={styles.list}>
        {results.map((doc) => {
          const issue = doc.toJSON().value as unknown as SyncIssue;
          const text =
            issue.kind === 'refused'
              ? refusedText(
                  issue,
                  communities.find((c) => c.communityId === issue.communityId)?.role ?? null,
                  t,
                )
              : t(`sync.issues.${issue.kind}`);
          return (
            <li key={doc.key} className={styles.listItem}>
              <span>
                <strong>
                  {issue.communityId} / {issue.docId}
                </strong>
                <br />
                {text}
              </span>
              <Button size="small" variant="ghost" onClick={() => void deleteLocal(db, doc.key)}>
                {t('sync.issues.dismiss')}
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
