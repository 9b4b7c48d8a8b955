import { createHashRouter, Navigate } from 'react-router';
import { DashboardPage } from '../features/dashboard';
import { EventPlanPage, EventsPage } from '../features/events';
import { ActionsPage } from '../features/actions';
import { MentoringPage, SessionPage } from '../features/mentoring';
import { AssessmentPage, NeedsPage } from '../features/needs';
import { SettingsPage } from '../features/settings';
import { ConflictsPage } from '../features/sync';
import { useWorkbooks, WorkbookPickerPage } from '../features/workbooks';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { useSessionStore } from './sessionStore';
import { WorkbookLayout } from './WorkbookLayout';

/** Reopens the workbook used last, or shows the list of workbooks. */
function Home() {
  const lastCommunityId = useSessionStore((s) => s.lastCommunityId);
  const { active, loading } = useWorkbooks();
  if (loading) return null;
  const reopen = active.some((workbook) => workbook.communityId === lastCommunityId);
  return <Navigate replace to={reopen ? `/w/${lastCommunityId}/dashboard` : '/workbooks'} />;
}

/** Hash routes: the page survives a reload and works from file-less origins alike. */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <AppShell />,
      children: [
        { index: true, element: <Home /> },
        { path: 'workbooks', element: <WorkbookPickerPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'conflicts', element: <ConflictsPage /> },
        {
          path: 'w/:communityId',
          element: <WorkbookLayout />,
          children: [
            { index: true, element: <Navigate replace to="dashboard" /> },
            { path: 'dashboard', element: <DashboardPage /> },
            { path: 'needs', element: <NeedsPage /> },
            { path: 'needs/a/:assessmentId', element: <AssessmentPage /> },
            { path: 'mentoring', element: <MentoringPage /> },
            { path: 'mentoring/:sessionId', element: <SessionPage /> },
            { path: 'actions', element: <ActionsPage /> },
            { path: 'events', element: <EventsPage /> },
            { path: 'events/:planId', element: <EventPlanPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
