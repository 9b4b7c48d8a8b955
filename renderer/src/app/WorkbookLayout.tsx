import { useEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { useSyncController } from '../db/sync/SyncProvider';
import { useAutoBackup } from '../features/backup';
import { MentorWorkbookFrame } from '../features/review';
import { useWorkbook } from '../features/workbooks';
import { NotFoundPage } from './NotFoundPage';
import { useSessionStore } from './sessionStore';
import { OpenWorkbookContext } from './useOpenWorkbook';

/** The pages of one workbook; an unknown or archived one gets a way back to the list. */
export function WorkbookLayout() {
  const { communityId = '' } = useParams();
  const { workbook, loading } = useWorkbook(communityId);
  const setLast = useSessionStore((s) => s.setLastCommunityId);
  const sync = useSyncController();
  // The day's automatic backup of the workbook being opened (issue #8).
  useAutoBackup(workbook && !workbook.archivedAt ? workbook.communityId : null);
  useEffect(() => {
    if (workbook && !workbook.archivedAt) setLast(workbook.communityId);
  }, [workbook, setLast]);
  // The open workbook is watched live; the others are checked every minute.
  useEffect(() => {
    sync.setLiveCommunity(communityId);
    return () => sync.setLiveCommunity(null);
  }, [sync, communityId]);
  if (loading) return null;
  if (!workbook || workbook.archivedAt) return <NotFoundPage />;
  return (
    <OpenWorkbookContext.Provider value={workbook}>
      <MentorWorkbookFrame communityId={workbook.communityId}>
        <Outlet />
      </MentorWorkbookFrame>
    </OpenWorkbookContext.Provider>
  );
}
