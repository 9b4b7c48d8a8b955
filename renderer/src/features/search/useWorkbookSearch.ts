import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { LiveSearch, type LiveSearchState } from './liveSearch';

const none = { getState: () => null, subscribe: () => () => undefined };

/**
 * The live search index of the open workbook (null outside one). It is
 * built in the background when the workbook opens, so the palette answers
 * from the first keystroke.
 */
export function useWorkbookSearch(communityId: string | null): LiveSearchState | null {
  const db = useDatabase();
  const live = useMemo(
    () => (communityId ? new LiveSearch(db, communityId) : null),
    [db, communityId],
  );
  useEffect(() => live?.start(), [live]);
  const source = live ?? none;
  return useSyncExternalStore(source.subscribe, source.getState);
}
