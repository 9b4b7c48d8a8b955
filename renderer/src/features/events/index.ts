/**
 * Event plans: the events section (list and calendar), one plan's editor
 * (agenda, tasks, budget, report, PDF), and the dashboard's card of
 * upcoming events.
 */
export { EventsPage } from './EventsPage';
export { EventPlanPage } from './EventPlanPage';
export { EventsDashboardCard } from './EventsDashboardCard';
