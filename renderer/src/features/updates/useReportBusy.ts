import { useEffect } from 'react';
import { useSyncStore } from '../../db/sync/syncStore';
import { desktop } from '../../platform';
import type { UpdatesApi } from './useUpdateState';

/**
 * Tells the main process whether a sync is running, so a restart into an
 * update waits for it. (Saves are awaited by restartToUpdate itself.)
 */
export function useReportBusy(api: Pick<UpdatesApi, 'update:setBusy'> = desktop): void {
  const syncing = useSyncStore((s) => s.phase === 'syncing');
  useEffect(() => {
    void api['update:setBusy']({ busy: syncing });
  }, [api, syncing]);
}
