import type { ComponentType } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { SettingsPage } from '../features/settings';
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

/**
 * A page loaded when first visited: the workbook picker starts without the
 * editor, charts and drag-and-drop that the workbook's pages need.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return { lazy: async () => ({ Component: pick(await load()) }) };
}

const dashboard = () => import('../features/dashboard');
const needs = () => import('../features/needs');
const mentoring = () => import('../features/mentoring');
const actions = () => import('../features/actions');
const events = () => import('../features/events');
// The page's own module: the picker and the workbook layout load the backup feature's index eagerly.
const backup = () => import('../features/backup/BackupsPage');
// Its own module, not the sync feature's index: the sidebar's sync status loads eagerly.
const conflicts = () => import('../features/sync/ConflictsPage');
// Its own module: the sidebar and the picker load the review feature's index eagerly.
const review = () => import('../features/review/ReviewPage');
// The page's own module: the picker and sidebar load the figures feature's index eagerly.
const figures = () => import('../features/figures/FiguresPage');

/** Hash routes: the page survives a reload and works from file-less origins alike. */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <AppShell />,
      children: [
        { index: true, element: <Home /> },
        { path: 'workbooks', element: <WorkbookPickerPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'conflicts', ...page(conflicts, (m) => m.ConflictsPage) },
        { path: 'review', ...page(review, (m) => m.ReviewPage) },
        { path: 'figures', ...page(figures, (m) => m.FiguresPage) },
        {
          path: 'w/:communityId',
          element: <WorkbookLayout />,
          children: [
            { index: true, element: <Navigate replace to="dashboard" /> },
            { path: 'dashboard', ...page(dashboard, (m) => m.DashboardPage) },
            { path: 'needs', ...page(needs, (m) => m.NeedsPage) },
            { path: 'needs/a/:assessmentId', ...page(needs, (m) => m.AssessmentPage) },
            { path: 'mentoring', ...page(mentoring, (m) => m.MentoringPage) },
            { path: 'mentoring/:sessionId', ...page(mentoring, (m) => m.SessionPage) },
            { path: 'actions', ...page(actions, (m) => m.ActionsPage) },
            { path: 'events', ...page(events, (m) => m.EventsPage) },
            { path: 'events/:planId', ...page(events, (m) => m.EventPlanPage) },
            { path: 'backups', ...page(backup, (m) => m.BackupsPage) },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
