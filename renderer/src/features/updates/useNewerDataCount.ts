import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { LocalDoc } from '../../../../shared/db/schemas/local.schema';
import type { SyncIssue } from '../../../../shared/sync/workbookReplication';

/**
 * How many synced items were set aside because a newer Kopspēks made them
 * (the sync records each as a `syncIssue` of kind `newerVersion`).
 */
export function useNewerDataCount(): number {
  const query = useMemo(
    () => ({ collection: 'local', query: { selector: { kind: 'syncIssue' } } }),
    [],
  );
  const { results } = useLiveRxQuery<LocalDoc>(query);
  return results.filter((doc) => (doc.toJSON().value as Partial<SyncIssue>).kind === 'newerVersion')
    .length;
}
