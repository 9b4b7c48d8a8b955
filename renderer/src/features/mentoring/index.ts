/**
 * Mentoring: the sessions list, one session's page (notes, agreed actions,
 * carry-over, feedback, PDF summary) and the dashboard card.
 */
export { MentoringPage } from './MentoringPage';
export { SessionPage } from './SessionPage';
export { MentoringDashboardCard } from './MentoringDashboardCard';
